"""Worked example: the online yoga studio (a service blueprint), built by _build.py."""


def build(Kit):
    k = Kit(title="Flow at Home – online yoga subscription",
            description="From a sponsored post to a paying member who recommends us: what the customer does, "
                        "what our teachers and systems do in front of and behind the screen.",
            map_type="service-blueprint", language="en", authors=["jmap example"])

    oliver = k.persona(
        "Oliver Hansen", role="Busy marketer",
        quote="I sit in front of a screen ten hours a day – my back has had enough.",
        demographics="34, marketing manager, long working days, lives alone in a city flat.",
        goals=["Get fitter, in body and mind", "Train without travelling to a studio"],
        needs=["Classes at odd hours", "A teacher who notices his progress"],
        motivations=["Stiff back and stress after long days at the desk"],
        behaviours=["Scrolls social media in the evening", "Starts free trials and often forgets them"],
        frustrations=["Fixed class times", "Subscriptions that are hard to cancel"])
    hanna = k.persona(
        "Hanna Lie", role="Former studio regular with back pain",
        quote="I need a teacher who sees me, even through a screen.",
        demographics="52, secondary-school teacher, moved to a small town with no yoga studio.",
        goals=["Keep practising safely", "Feel part of a group again"],
        needs=["Modified poses for her back", "Small live groups", "Answers before she pays"],
        motivations=["Misses her old studio community"],
        behaviours=["Asks many questions before buying", "Prefers email to chat"],
        frustrations=["Card details demanded for a free trial", "Feeling anonymous in big classes"])

    discover = k.stage("Discovery", "Sees a sponsored post about live online yoga.",
                       "Where did they first see us, and what made them click?")
    consider = k.stage("Consideration", "Compares plans, watches a sample class, reads reviews.",
                       "What proof do they need that online yoga works for them?")
    signup = k.stage("Sign-up", "Chooses a plan and starts three free months.",
                     "What happens step by step when they sign up?")
    trial = k.stage("Free trial", "Joins live classes from home.",
                    "What makes the first weeks feel worth it?")
    member = k.stage("Membership", "The trial ends and they become paying members.",
                     "What makes paying an easy decision?")
    advocate = k.stage("Advocacy", "Shares how yoga changed their days and invites others.",
                       "What makes them proud to recommend us?")

    k.lane("emotions", "Emotions", "How does each persona feel?")
    thoughts = k.lane("thoughts", "Thoughts", "What goes through the customer's head?")
    pains = k.lane("pain_points", "Pain points", "Where does the service fail or feel slow?")
    opps = k.lane("opportunities", "Opportunities", "What could we change, in front or behind?")
    evidence = k.lane("physical_evidence", "Physical evidence", "What does the customer see, hold or receive?")
    ca = k.lane("customer_actions", "Customer actions", "What does the customer do, step by step?", required=True)
    fs = k.lane("frontstage", "Frontstage", "What do our teachers and systems do that the customer sees?",
                required=True)
    bs = k.lane("backstage", "Backstage", "What happens out of sight?", required=True)
    sp = k.lane("support", "Support processes", "Which systems, partners and policies make it possible?")
    k.line("interaction", ca, "Line of interaction")
    k.line("visibility", fs, "Line of visibility")
    k.line("internal", bs, "Line of internal interaction")

    k.notes(thoughts, {
        discover: "“Live yoga from my living room? Could work.”",
        consider: "“The sample class looks like something I can follow.”",
        signup: "“Three months free – what's the catch?”",
        trial: "“The teacher actually corrected my posture.”",
        member: "“I don't want to lose this habit.”",
        advocate: "“My colleagues should try this.”",
    })
    k.notes(pains, {
        discover: "The post does not say that classes are live",
        consider: "No way to ask a teacher a question before paying",
        signup: "Card details are required to start the free trial",
        trial: "Class times clash with late meetings",
        member: "The full price comes as a surprise after the trial",
        advocate: "No referral reward; sharing takes many steps",
    })
    k.notes(opps, {
        discover: "Show a few seconds of a real live class in the ad",
        consider: "Offer a short chat with a teacher on the plans page",
        signup: "Start the trial without a card; ask for it in week ten",
        trial: "Recordings of every class, plus a reminder before each one",
        member: "Announce the price early and offer a discount for paying yearly",
        advocate: "Referral code with a free month for both people",
    })
    k.notes(evidence, {
        discover: "Sponsored post with a class clip",
        consider: ["Plans page", "Sample-class video", "Review stars"],
        signup: ["Checkout page", "Welcome email and receipt"],
        trial: ["Class timetable", "Live video on the laptop", "Welcome kit"],
        member: ["Reminder email", "Monthly receipt"],
        advocate: ["His own post", "The studio's reply", "Referral code"],
    })
    k.notes(ca, {trial: "Practises at 7 am before work", member: "Checks the price before the trial ends"})
    k.notes(bs, {consider: "Video team cuts sample clips from recorded live classes"})
    k.notes(sp, {discover: "Consent management for tracking cookies", consider: "Video hosting service",
                 member: "Terms and cancellation policy"})

    # Discovery
    ca1 = k.tp(discover, ca, "Clicks a sponsored post", "Post about personal plans and live classes",
               channel="social", owner="Customer", importance=4, impact=4, entry=True)
    fs1 = k.tp(discover, fs, "Landing page", "Live classes, personal plans, three months free",
               owner="Web team", importance=5, impact=5)
    bs1 = k.tp(discover, bs, "Visit tagged for retargeting", "Only with consent", channel="other",
               online=True, owner="Marketing", importance=2, impact=2)
    sp1 = k.tp(discover, sp, "Ad platform and analytics", channel="other", online=True, owner="Ad partner",
               importance=3, impact=2)
    # Consideration
    ca2 = k.tp(consider, ca, "Compares subscription plans", owner="Customer", importance=4, impact=4)
    ca3 = k.tp(consider, ca, "Watches a sample class", "Two-minute video", owner="Customer",
               importance=5, impact=5)
    ca4 = k.tp(consider, ca, "Reads member reviews", owner="Customer", importance=4, impact=4)
    fs2 = k.tp(consider, fs, "Plans page", "Three plans side by side", owner="Web team", importance=4, impact=4)
    fs3 = k.tp(consider, fs, "Retargeting ad with a sample class", channel="ad", owner="Marketing",
               importance=2, impact=3, evidence="assumed")
    fs4 = k.tp(consider, fs, "Chat with a teacher", "Questions answered before paying", channel="chat",
               owner="Teachers", importance=4, impact=5, evidence="proposed")
    bs2 = k.tp(consider, bs, "Reviews collected after classes", "Moderated every week", channel="other",
               online=True, owner="Community team", importance=3, impact=3)
    # Sign-up
    ca5 = k.tp(signup, ca, "Chooses a plan and checks out", owner="Customer", importance=5, impact=5)
    fs5 = k.tp(signup, fs, "Checkout: three months free", "Card required today", owner="Web team",
               importance=5, impact=5)
    bs3 = k.tp(signup, bs, "Account and trial created", channel="other", online=True, owner="Platform team",
               importance=4, impact=3)
    sp2 = k.tp(signup, sp, "Payment provider stores the card", channel="other", online=True,
               owner="Payment partner", importance=4, impact=3)
    fs6 = k.tp(signup, fs, "Welcome email with timetable", channel="email", owner="CRM team",
               importance=4, impact=4)
    # Free trial
    ca6 = k.tp(trial, ca, "Joins live classes from home", channel="app", owner="Customer",
               importance=5, impact=5)
    ca7 = k.tp(trial, ca, "Misses a class, watches the recording", channel="app", owner="Customer",
               importance=3, impact=3)
    fs7 = k.tp(trial, fs, "Live class with a teacher", "Small groups, camera optional", channel="app",
               owner="Teachers", importance=5, impact=5)
    bs4 = k.tp(trial, bs, "Teacher adjusts the personal plan", channel="other", online=True, owner="Teachers",
               importance=4, impact=5)
    fs10 = k.tp(trial, fs, "Welcome kit in the post", "Yoga strap, block and a printed timetable",
                channel="mail", owner="Fulfilment partner", importance=2, impact=3)
    sp3 = k.tp(trial, sp, "Streaming platform", channel="other", online=True, owner="Streaming vendor",
               importance=5, impact=4)
    # Membership
    fs8 = k.tp(member, fs, "Reminder: trial ends in a week", channel="email", owner="CRM team",
               importance=4, impact=4)
    ca8 = k.tp(member, ca, "Becomes a paying member", owner="Customer", importance=5, impact=5)
    bs5 = k.tp(member, bs, "Subscription billing starts", channel="other", online=True, owner="Finance",
               importance=3, impact=3)
    sp4 = k.tp(member, sp, "Monthly card payment", channel="other", online=True, owner="Payment partner",
               importance=3, impact=3)
    # Advocacy
    ca9 = k.tp(advocate, ca, "Posts how yoga changed his days", channel="social", owner="Customer",
               importance=4, impact=5)
    fs9 = k.tp(advocate, fs, "Studio replies and shares the post", channel="social",
               owner="Community manager", importance=3, impact=4)
    ca10 = k.tp(advocate, ca, "Invites a colleague with a referral code", channel="app", owner="Customer",
                importance=4, impact=5, evidence="proposed")
    bs6 = k.tp(advocate, bs, "Referral credits tracked", channel="other", online=True, owner="CRM team",
               importance=3, impact=3, evidence="proposed")

    k.flows(
        (ca1, fs1, "clicks through"),
        (fs1, ca2, "explores the plans"),
        (fs1, bs1, "accepts cookies"),
        (fs1, ca5, "starts the free trial at once"),
        (bs1, sp1, ""),
        (sp1, fs3, "shows a reminder ad"),
        (ca2, fs2, ""),
        (fs2, ca3, ""),
        (fs3, ca3, "clicks the ad"),
        (fs2, bs2, "loads reviews"),
        (bs2, ca4, ""),
        (ca3, ca4, ""),
        (ca4, ca5, "convinced"),
        (fs2, fs4, "has a question"),
        (fs4, ca5, ""),
        (ca5, fs5, ""),
        (fs5, ca2, "card needed – hesitates"),
        (fs5, bs3, "confirms"),
        (bs3, sp2, ""),
        (sp2, fs6, ""),
        (fs6, ca6, "first class"),
        (bs3, fs10, "kit sent"),
        (fs10, ca6, ""),
        (ca6, sp3, "opens the stream"),
        (sp3, fs7, ""),
        (fs7, ca7, "misses a week"),
        (ca7, ca6, "back to live classes"),
        (fs7, bs4, "attendance and notes"),
        (bs4, fs8, ""),
        (fs8, ca8, ""),
        (ca8, bs5, ""),
        (bs5, sp4, ""),
        (sp4, ca9, "a few months later"),
        (ca9, fs9, ""),
        (fs9, ca10, ""),
        (ca10, bs6, ""),
    )

    for stage, o, h, o_tp, h_tp, o_note, h_note in (
        (discover, 1, 0, ca1, ca1, "Intrigued by live classes at home", "Curious, but sceptical of online yoga"),
        (consider, 2, -1, ca3, fs2, "The sample class sells it", "Cannot ask about her back"),
        (signup, 3, -2, fs5, fs5, "Three free months – a nice surprise", "A card for a free trial?"),
        (trial, 2, 1, fs7, fs7, "Inspired by the teacher and the group", "The teacher adapted the poses"),
        (member, 1, -1, fs8, fs8, "The reminder made it an easy choice", "The full price feels steep"),
        (advocate, 3, 2, ca9, fs9, "Yoga changed his days", "Recommends it to colleagues"),
    ):
        k.feel(oliver, stage, o, o_note, o_tp)
        k.feel(hanna, stage, h, h_note, h_tp)

    for stage, name, value, unit, target in (
        (discover, "Click-through rate", 1.2, "%", 1.5),
        (discover, "Bounce rate", 52.0, "%", 40.0),
        (consider, "Time on page", 3.1, "min", 3.5),
        (consider, "Conversion rate", 9.0, "%", 12.0),
        (signup, "Cart abandonment", 38.0, "%", 25.0),
        (trial, "Classes per week", 2.1, "", 3.0),
        (member, "Trial-to-paid conversion", 41.0, "%", 55.0),
        (member, "Satisfaction score", 4.5, "/5", 4.6),
        (advocate, "Customer lifetime value", 320.0, "EUR", 400.0),
        (advocate, "Referral rate", 6.0, "%", 10.0),
    ):
        k.metric(stage, name, value, unit, target)
    return k.doc
