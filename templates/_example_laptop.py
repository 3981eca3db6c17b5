"""Worked example: the online laptop shop (a current-state map), built by _build.py."""


def build(Kit):
    k = Kit(title="Laptopia – buying a new Windows laptop",
            description="How price-conscious buyers find, check and buy a laptop from our online shop today, "
                        "and what brings them back.",
            map_type="current-state", language="en", authors=["jmap example"])

    maya = k.persona(
        "Maya Jensen", role="Budget-minded graduate student",
        quote="I read every review before I spend a penny.",
        demographics="24, master's student, shares a flat in the city, buys tech once every few years.",
        goals=["A Windows laptop that lasts the whole degree", "Good specs for the lowest total price"],
        needs=["Honest, plain-language comparisons", "The full price, delivery included, up front"],
        motivations=["Her old laptop crashes during lectures", "Proud of getting a good deal"],
        behaviours=["Researches for weeks on search engines and video sites", "Always hunts for a coupon code"],
        frustrations=["Spec sheets full of jargon", "Costs that appear only at the last step"])
    tom = k.persona(
        "Tom Berg", role="Owner of a two-person accounting firm",
        quote="I need it working on Monday, not a new project.",
        demographics="41, buys for himself and one employee, decides fast once he trusts a shop.",
        goals=["Two reliable laptops this week", "A proper invoice for the company"],
        needs=["Company invoice with VAT", "Quick delivery", "Someone to call if it breaks"],
        motivations=["Time is money", "Warranty and support he can count on"],
        behaviours=["Skims reviews, trusts names he recognises", "Prefers the phone to chat"],
        frustrations=["Chatbots that cannot answer", "Having to create an account just to buy"])

    aware = k.stage("Awareness", "Notices the old laptop is failing and starts searching.",
                    "What made them start looking, and where did they first meet us?")
    consider = k.stage("Consideration", "Makes a list from a blog post and narrows it to one brand.",
                       "What do they compare, and what makes them pick a brand?")
    validate = k.stage("Validation", "Looks for proof that the chosen model is the right one.",
                       "Which proof do they need before they commit?")
    buy = k.stage("Purchase", "Looks for the best deal and buys from a shop they recognise.",
                  "What tipped the decision to buy here, and how smooth was paying?")
    retain = k.stage("Retention", "Receives the laptop and hears from us after a few weeks.",
                     "What makes them feel looked after once they have paid?")
    advocate = k.stage("Advocacy", "Gets personal offers, buys again and tells others.",
                       "What turns a one-off buyer into someone who recommends us?")

    actions = k.lane("actions", "Customer actions", "What does the customer do in this stage?", required=True)
    tps = k.lane("touchpoints", "Touchpoints", "Where does the customer meet us, and through which channel?",
                 required=True)
    thoughts = k.lane("thoughts", "Thoughts", "What goes through the customer's head here?")
    k.lane("emotions", "Emotions", "How does each persona feel?", required=True)
    pains = k.lane("pain_points", "Pain points", "What gets in the way? Where do they drop out?", required=True)
    opps = k.lane("opportunities", "Opportunities", "How could we take that pain away?")

    k.notes(actions, {
        aware: ["Searches for “new Windows laptops”", "Opens a blog post about this year's launches"],
        consider: ["Lists laptops from several brands", "Searches for “new Altura Windows laptops”",
                   "Compares prices and picks a model"],
        validate: ["Searches for “Altura X5 review”", "Reads our in-depth review; watches a video"],
        buy: ["Searches for “Altura X5 coupon code”", "Searches for “buy Altura X5 online”",
              "Pays by card – or Tom calls to order"],
        retain: ["Unpacks and sets up the laptop", "Opens our follow-up email with tips"],
        advocate: ["Opens personalised offers", "Buys a docking station", "Recommends us to friends"],
    })
    k.notes(thoughts, {
        aware: "“There are so many models – where do I even start?”",
        consider: "“I keep hearing about Altura, let's focus on them.”",
        validate: "“Is the X5 really worth it, or is there a catch?”",
        buy: "“I know this shop's name – their review was useful.”",
        retain: "“Nice that they checked in without trying to sell me something.”",
        advocate: "“These offers actually fit what I bought.”",
    })
    k.notes(pains, {
        aware: "Blog post is long and never says which laptop suits which need",
        consider: "Spec tables differ between brands; hard to compare like for like",
        validate: "Reviews elsewhere contradict ours; video is unclear about battery life",
        buy: ["Delivery cost appears only at the last step", "A VAT invoice requires creating an account"],
        retain: "Setup help is buried in a long PDF",
        advocate: "No easy way to share a referral or write a review",
    })
    k.notes(opps, {
        aware: "Add a short “which laptop for whom” summary at the top of the post",
        consider: "Offer a side-by-side comparison with plain-language specs",
        validate: "Show verified buyer reviews and a battery test next to our review",
        buy: ["Show the total price, delivery included, on the product page",
              "Guest checkout with a company invoice option"],
        retain: "Send a two-minute setup video with the follow-up email",
        advocate: "Referral link and one-click review request in the offer emails",
    })

    # Touchpoints (cards), stage by stage.
    a1 = k.tp(aware, tps, "Search: new Windows laptops", "Organic result for our blog", channel="search",
              owner="Marketing (SEO)", importance=4, impact=3, entry=True)
    a2 = k.tp(aware, tps, "Blog post: this year's new laptops", "Our overview of recent launches",
              owner="Content team", importance=5, impact=4)
    c1 = k.tp(consider, tps, "Search: new Altura Windows laptops", channel="search", owner="Marketing (SEO)",
              importance=3, impact=3)
    c2 = k.tp(consider, tps, "Category page with prices", "Altura laptops sorted by price",
              owner="E-commerce team", importance=4, impact=4)
    c3 = k.tp(consider, tps, "Retargeting ad", "Reminds visitors of the models they viewed", channel="ad",
              owner="Marketing", importance=2, impact=2, evidence="assumed")
    c4 = k.tp(consider, tps, "Comparison tool", "Side-by-side specs in plain language",
              owner="E-commerce team", importance=4, impact=4, evidence="proposed")
    v1 = k.tp(validate, tps, "Search: Altura X5 review", channel="search", owner="Marketing (SEO)",
              importance=3, impact=3)
    v2 = k.tp(validate, tps, "In-depth review on our blog", "Tested for two weeks, pros and cons",
              owner="Content team", importance=5, impact=5)
    v3 = k.tp(validate, tps, "Video review", "Third-party unboxing and battery test", channel="social",
              owner="Third party", importance=3, impact=2, evidence="assumed")
    p1 = k.tp(buy, tps, "Search: Altura X5 coupon code", channel="search", owner="Customer",
              importance=3, impact=3)
    p2 = k.tp(buy, tps, "Coupon site", "Partner site listing our current codes", owner="Affiliate partner",
              importance=2, impact=3)
    p3 = k.tp(buy, tps, "Search result: buy Altura X5 online", "They recognise our shop's name",
              channel="search", owner="Marketing (SEO)", importance=4, impact=5)
    p4 = k.tp(buy, tps, "Checkout", "Cart, delivery, payment", owner="E-commerce team", importance=5, impact=5)
    p5 = k.tp(buy, tps, "Phone order line", "Orders taken by customer service", channel="phone",
              owner="Customer service", importance=3, impact=3)
    p6 = k.tp(buy, tps, "Order confirmation", channel="email", owner="E-commerce team", importance=4, impact=3)
    r1 = k.tp(retain, tps, "Parcel delivered", "Delivered to the door or a pick-up point", channel="mail",
              owner="Delivery partner", importance=4, impact=4)
    r2 = k.tp(retain, tps, "Follow-up email after three weeks", "How is it going? Plus tips for the laptop",
              channel="email", owner="CRM team", importance=4, impact=4)
    r3 = k.tp(retain, tps, "Customer service call", "Help with setup or a fault", channel="phone",
              owner="Customer service", importance=3, impact=4, evidence="assumed")
    d1 = k.tp(advocate, tps, "Personalised offers", "Accessories and upgrades that fit their laptop",
              channel="email", owner="CRM team", importance=3, impact=4)
    d2 = k.tp(advocate, tps, "Review and word of mouth", "Posts a review, tells colleagues", channel="social",
              owner="Customer", importance=4, impact=5, evidence="assumed")
    d3 = k.tp(advocate, tps, "Loyalty programme", "Points and early access for returning buyers",
              owner="CRM team", importance=3, impact=4, evidence="proposed")

    k.flows(
        (a1, a2, "clicks the blog result"),
        (a2, c1, "shortlists a brand"),
        (a2, v1, "already knows the model"),
        (c1, c2, ""),
        (c2, c3, "leaves to think it over"),
        (c3, c2, "clicks the ad, comes back"),
        (c2, c4, ""),
        (c4, v1, ""),
        (c2, v1, "picks a model"),
        (v1, v2, ""),
        (v1, v3, ""),
        (v3, c2, "unsure – compares again"),
        (v2, p1, "wants the best deal"),
        (p1, p2, ""),
        (p2, p1, "code expired, searches again"),
        (p2, p3, "has a code"),
        (p3, p4, "recognises our shop"),
        (p3, p5, "prefers to call"),
        (p4, p6, ""),
        (p5, p6, ""),
        (p6, r1, ""),
        (r1, r2, ""),
        (r2, r3, "needs help"),
        (r2, d1, ""),
        (r3, d1, ""),
        (d1, d2, ""),
        (d1, d3, ""),
        (d3, p4, "buys again"),
    )

    for stage, m, t, m_tp, t_tp, m_note, t_note in (
        (aware, 0, -1, a2, a1, "Curious, but lost in model names", "No time for this, needs it sorted"),
        (consider, -1, 0, c2, c2, "Too many look-alike models", "Fine once he sees the prices"),
        (validate, 2, 1, v2, v2, "The review answers her questions", "Good enough for him"),
        (buy, -2, -3, p4, p4, "Delivery cost only shows at the end", "Forced to make an account for a VAT invoice"),
        (retain, 2, 1, r2, r1, "The tips email feels personal", "Arrived on time"),
        (advocate, 3, 2, d2, d1, "Happily recommends us", "Offers are relevant for the office"),
    ):
        k.feel(maya, stage, m, m_note, m_tp)
        k.feel(tom, stage, t, t_note, t_tp)

    for stage, name, value, unit, target in (
        (aware, "Bounce rate", 58.0, "%", 45.0),
        (aware, "Time on page", 2.4, "min", 3.0),
        (consider, "Conversion rate", 22.0, "%", 30.0),
        (validate, "Bounce rate", 35.0, "%", 30.0),
        (buy, "Cart abandonment", 71.0, "%", 55.0),
        (buy, "Conversion rate", 1.8, "%", 2.5),
        (retain, "Satisfaction score", 4.1, "/5", 4.5),
        (advocate, "Repeat purchase rate", 12.0, "%", 20.0),
        (advocate, "Customer lifetime value", 1450.0, "EUR", 1800.0),
    ):
        k.metric(stage, name, value, unit, target)
    # A storyboard on top: pictures drawn for this example (examples/pictures/, CC0), each with a caption.
    # Added last so that the ids of everything above stay as they were; the lane is moved to the top.
    story = k.lane("storyboard", "Storyboard", "What does the customer see? Sketches, photos, screenshots.")
    k.doc.move("lanes", story, 0)
    for stage, file_name, caption in (
        (aware, "laptop-broken.png", "The old laptop gives up the week before exams"),
        (consider, "laptop-search.png", "Comparing models on the phone, late at night"),
        (buy, "laptop-shop-counter.png", "Pays at the counter of a shop she knows"),
        (retain, "laptop-parcel.png", "The parcel is waiting at the door"),
    ):
        k.note(story, stage, caption, picture=k.picture(file_name))
    return k.doc
