"""Worked example: the clothing shop, online and in store (a current-state map), built by _build.py."""


def build(Kit):
    k = Kit(title="Vera Mode – a dress for the summer party",
            description="How shoppers go from an Instagram ad to a dress that fits, online or in our store, "
                        "and what makes them share it.",
            map_type="current-state", language="en", authors=["jmap example"])

    nina = k.persona(
        "Nina Solberg", role="Fashion-conscious marketing assistant",
        quote="If I can't tell how it fits, I won't buy it.",
        demographics="27, lives in the city, shops on her phone, active on Instagram.",
        goals=["A trendy outfit for a big summer party", "A dress that fits perfectly the first time"],
        needs=["A size guide she can trust", "Photos on real people", "Easy returns"],
        motivations=["Wants to look and feel great at the party", "Likes discovering new labels"],
        behaviours=["Finds brands through ads and influencers", "Reads reviews about fit before buying"],
        frustrations=["Sizes that differ from shop to shop", "Returns that cost money"])
    leila = k.persona(
        "Leila Haddad", role="Working mother of two",
        quote="Show me what fits and let me return it without a fuss.",
        demographics="38, nurse on shifts, shops late in the evening, sometimes visits the store on Saturdays.",
        goals=["Something nice for a wedding without spending the weekend on it"],
        needs=["Quick filters by size and occasion", "Try on in store when online is uncertain"],
        motivations=["Rarely buys for herself and wants it to be right"],
        behaviours=["Saves items in the cart for days", "Uses discount codes from newsletters"],
        frustrations=["Queues at the store checkout", "Pop-ups that cover the product on a phone"])

    aware = k.stage("Awareness", "Sees the dress in an ad and wants to know more.",
                    "Where did they first see us, and what caught their eye?")
    consider = k.stage("Consideration", "Browses collections, reads reviews and studies the size guide.",
                       "What do they need to know about fit and quality?")
    tryon = k.stage("Try-on", "Some shoppers want to feel the fabric and try the size in the store.",
                    "When is online not enough, and what happens in the store?")
    buy = k.stage("Purchase", "Adds the dress to the cart and pays, online or at the till.",
                  "What nudged them to complete the purchase?")
    deliver = k.stage("Delivery", "Receives the dress in the post, or returns it.",
                      "How did the parcel arrive, and did the dress fit?")
    loyal = k.stage("Loyalty", "Shares a photo, writes a review and joins the loyalty programme.",
                    "What makes them come back and tell others?")

    actions = k.lane("actions", "Customer actions", "What does the customer do in this stage?", required=True)
    tps = k.lane("touchpoints", "Touchpoints", "Where does the customer meet us?", required=True)
    thoughts = k.lane("thoughts", "Thoughts", "What goes through the customer's head?")
    k.lane("emotions", "Emotions", "How does each persona feel?", required=True)
    pains = k.lane("pain_points", "Pain points", "What gets in the way?", required=True)
    opps = k.lane("opportunities", "Opportunities", "How could we make it better?")

    k.notes(actions, {
        aware: "Taps the Instagram ad to see more photos of the dress",
        consider: ["Scrolls through several collections", "Reads other customers' reviews",
                   "Studies the size guide"],
        tryon: "Visits the store and tries two sizes in the fitting room",
        buy: ["Adds the dress to the cart", "Signs up for the newsletter to get 10 % off"],
        deliver: "Unpacks the parcel and tries the dress on at home",
        loyal: ["Posts a photo and tags the shop", "Writes a review", "Joins the loyalty programme"],
    })
    k.notes(thoughts, {
        aware: "“That dress would be perfect for the party.”",
        consider: "“Am I a medium in this brand, or a large?”",
        tryon: "“Good to feel the fabric before I decide.”",
        buy: "“10 % off – why not sign up.”",
        deliver: "“It fits perfectly!”",
        loyal: "“Everyone asked where I got it.”",
    })
    k.notes(pains, {
        aware: "The ad links to the home page, not to the dress",
        consider: "Size guide gives body measurements only, no advice per model",
        tryon: "Long queue at the checkout; staff too busy to help",
        buy: "The newsletter pop-up covers the Pay button on phones",
        deliver: "Returns cost money and need a printed label",
        loyal: "Loyalty points are explained nowhere in the app",
    })
    k.notes(opps, {
        aware: "Send ad clicks straight to the product page",
        consider: "Add “fits like” notes and photos on models of different sizes",
        tryon: "Let staff take payment anywhere in the store with a handheld terminal",
        buy: "Show the discount as a small banner instead of a pop-up",
        deliver: "Free returns with a QR code, no printer needed",
        loyal: "Show points and the next reward on the order page",
    })

    a1 = k.tp(aware, tps, "Instagram ad with the dress", "Sponsored post in the feed", channel="ad",
              owner="Marketing", importance=4, impact=4, entry=True)
    a2 = k.tp(aware, tps, "Product page of the dress", "Photos, price, sizes", owner="E-commerce team",
              importance=5, impact=5)
    c1 = k.tp(consider, tps, "Collections", "Summer collection pages", owner="E-commerce team",
              importance=3, impact=3)
    c2 = k.tp(consider, tps, "Customer reviews", "Ratings with comments on fit", owner="E-commerce team",
              importance=4, impact=4)
    c3 = k.tp(consider, tps, "Size guide", "Measurement table per category", owner="Product team",
              importance=5, impact=5)
    c4 = k.tp(consider, tps, "Competitor's shop", "Looks at a similar dress elsewhere", channel="other",
              online=True, owner="Competitor", importance=2, impact=4, evidence="assumed")
    t1 = k.tp(tryon, tps, "Store visit", "City-centre store on a Saturday", channel="store",
              owner="Store staff", importance=4, impact=4)
    t2 = k.tp(tryon, tps, "Fitting room", "Tries two sizes", channel="store", owner="Store staff",
              importance=4, impact=5)
    t3 = k.tp(tryon, tps, "Virtual fit assistant", "Suggests a size from height, weight and usual brands",
              channel="app", owner="Product team", importance=4, impact=5, evidence="proposed")
    p1 = k.tp(buy, tps, "Shopping cart", owner="E-commerce team", importance=4, impact=4)
    p2 = k.tp(buy, tps, "Newsletter pop-up: 10 % off", channel="web", owner="Marketing",
              importance=3, impact=4)
    p3 = k.tp(buy, tps, "Online checkout", "Card, invoice or mobile payment", owner="E-commerce team",
              importance=5, impact=5)
    p4 = k.tp(buy, tps, "Store checkout", "Pays at the till", channel="store", owner="Store staff",
              importance=4, impact=4)
    d1 = k.tp(deliver, tps, "Parcel in the post", "Two to three working days", channel="mail",
              owner="Postal partner", importance=4, impact=4)
    d2 = k.tp(deliver, tps, "Returns portal", "Registers a return and prints a label",
              owner="Customer service", importance=3, impact=4, evidence="assumed")
    l1 = k.tp(loyal, tps, "Photo shared on Instagram", "Tags the shop", channel="social", owner="Customer",
              importance=4, impact=5)
    l2 = k.tp(loyal, tps, "Written review", owner="E-commerce team", importance=3, impact=4)
    l3 = k.tp(loyal, tps, "Loyalty programme", "Points, birthday offer, early access to sales",
              channel="app", owner="CRM team", importance=3, impact=4)

    k.flows(
        (a1, a2, "taps the ad"),
        (a2, c1, "browses more"),
        (a2, c3, "checks the size at once"),
        (c1, c2, ""),
        (c2, c3, ""),
        (c3, c4, "size unclear – looks elsewhere"),
        (c4, c2, "comes back for the reviews"),
        (c3, p1, "sure of the size"),
        (c3, t1, "wants to try it on"),
        (c3, t3, ""),
        (t3, p1, ""),
        (t1, t2, ""),
        (t2, p4, "buys in the store"),
        (t2, a2, "orders another colour online later"),
        (p1, p2, ""),
        (p2, p3, "signs up, gets the code"),
        (p3, d1, ""),
        (p4, l1, "wears it to the party"),
        (d1, d2, "wrong size"),
        (d2, c3, "checks the size guide again"),
        (d1, l1, "fits perfectly"),
        (l1, l2, ""),
        (l1, l3, ""),
    )

    for stage, n, l, n_tp, l_tp, n_note, l_note in (
        (aware, 2, 0, a1, a1, "Loves the dress at first sight", "Nice, but she has no time now"),
        (consider, -1, -2, c3, c3, "Unsure about her size", "Size guide does not help her at all"),
        (tryon, 1, -1, t2, t1, "Glad to try it", "Queue and no staff free"),
        (buy, 1, -2, p2, p2, "Happy with the discount", "The pop-up hides the Pay button"),
        (deliver, 3, 1, d1, d1, "Fits perfectly!", "Fine, but a return would cost her"),
        (loyal, 3, 1, l1, l3, "Proud to show it off", "Not sure what the points are worth"),
    ):
        k.feel(nina, stage, n, n_note, n_tp)
        k.feel(leila, stage, l, l_note, l_tp)

    for stage, name, value, unit, target in (
        (aware, "Click-through rate", 1.6, "%", 2.0),
        (aware, "Bounce rate", 48.0, "%", 35.0),
        (consider, "Time on page", 1.9, "min", 2.5),
        (tryon, "Satisfaction score", 3.6, "/5", 4.3),
        (buy, "Cart abandonment", 64.0, "%", 50.0),
        (buy, "Conversion rate", 2.9, "%", 3.5),
        (deliver, "Return rate", 27.0, "%", 18.0),
        (loyal, "Satisfaction score", 4.4, "/5", 4.6),
        (loyal, "Loyalty sign-ups", 18.0, "%", 30.0),
    ):
        k.metric(stage, name, value, unit, target)
    return k.doc
