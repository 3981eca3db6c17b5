"""English texts of the bundled templates (read by _build.py)."""

# Per template: title, description, stages as (name, description, prompt) and lanes as
# (title, prompt) in the order of _build.STRUCTURE.
TEXTS = {
    "persona": "Persona 1",
    "lines": {
        "interaction": "Line of interaction",
        "visibility": "Line of visibility",
        "internal": "Line of internal interaction",
    },
    "current-state": {
        "title": "Current-state journey map",
        "description": "How customers experience the journey today: what they do, think and feel, "
                       "where it hurts and what could be better.",
        "stages": [
            ("Awareness", "The customer notices a need and comes across the brand for the first time.",
             "What made the customer start looking, and where did they first hear of us?"),
            ("Consideration", "The customer compares options and weighs us against the alternatives.",
             "What does the customer compare, and what convinces or worries them?"),
            ("Purchase", "The customer decides and buys.",
             "What finally tipped the decision, and how smoothly did paying go?"),
            ("Retention", "The customer uses the product and comes back – or does not.",
             "What keeps the customer with us after the first purchase?"),
            ("Advocacy", "The customer recommends the brand to others.",
             "What would make the customer tell their friends about us?"),
        ],
        "lanes": [
            ("Customer actions", "What does the customer do in this stage? Search, read reviews, compare prices…"),
            ("Touchpoints", "Where does the customer meet us, online and offline? Through which channel, "
                            "and how important is it?"),
            ("Thoughts", "What goes through the customer's head here?"),
            ("Questions", "Which questions must be answered before the customer moves on?"),
            ("Emotions", "How does the customer feel: excited, unsure, overwhelmed? Place a point for each persona."),
            ("Pain points", "What gets in the way or annoys the customer? Where do they drop out?"),
            ("Opportunities", "How could we take that pain away or make this stage better?"),
        ],
    },
    "day-in-the-life": {
        "title": "A day in the life",
        "description": "The customer's whole day, with or without our brand, to find the needs "
                       "that nobody meets yet.",
        "stages": [
            ("Morning", "Waking up and getting ready.",
             "How does the day start, and what is already on their mind?"),
            ("Commute", "On the way to work or school.",
             "What do they do on the way, and which devices or media are at hand?"),
            ("Work", "The main part of the day.",
             "Which tasks fill the working hours, and what slows them down?"),
            ("Lunch", "A break in the middle of the day.",
             "How do they spend the break, and what do they look at or buy?"),
            ("Afternoon", "The second half of the working day.",
             "How has their energy changed, and what is still left to do?"),
            ("Evening", "Home, family and free time.",
             "How do they unwind, and what do they plan for tomorrow?"),
        ],
        "lanes": [
            ("Activities", "What is the person doing at this time of day?"),
            ("Touchpoints", "Which brands, services or devices do they use now – ours or anyone's?"),
            ("Thoughts", "What is on their mind?"),
            ("Emotions", "How do they feel at this time of day?"),
            ("Unmet needs", "What do they need right now that nobody offers them yet?"),
            ("Pain points", "What is frustrating or takes too long?"),
            ("Opportunities", "Where could our brand fit into this moment and genuinely help?"),
        ],
    },
    "future-state": {
        "title": "Future-state journey map",
        "description": "The journey as it should become: goals, ideas and the changes that will get us there.",
        "stages": [
            ("Awareness", "How the right customers will find us.",
             "How should the customer ideally discover us, and what should they feel?"),
            ("Consideration", "How choosing us will become easy.",
             "Which information and proof will make comparing easy and choosing us obvious?"),
            ("Purchase", "How buying will feel effortless.",
             "What would a checkout without any friction look like?"),
            ("Retention", "How we will keep customers coming back.",
             "What will bring the customer back for a second purchase?"),
            ("Advocacy", "How customers will become fans.",
             "What would make the customer proud to recommend us?"),
        ],
        "lanes": [
            ("Customer goals", "What does the customer want to achieve in this stage?"),
            ("Future actions", "What will the customer do in the improved journey?"),
            ("Future touchpoints", "Which touchpoints will there be – new, changed or removed?"),
            ("Target emotions", "How do we want the customer to feel here?"),
            ("Ideas", "Which ideas could get us there? No idea is too small."),
            ("Changes needed", "What has to change in people, processes, policies or technology?"),
            ("Success measures", "Which figure will tell us it worked – conversion, satisfaction…? "
                                 "What is the target?"),
        ],
    },
    "service-blueprint": {
        "title": "Service blueprint",
        "description": "The journey together with everything behind it that delivers the experience: "
                       "people, processes, policies and technology.",
        "stages": [
            ("Discovery", "The customer finds the service.",
             "How does the customer find us, and what do they see first?"),
            ("Consideration", "The customer takes a closer look and compares.",
             "What do they check before deciding, and who or what answers them?"),
            ("Purchase", "Ordering and paying.",
             "What happens, step by step, when the customer orders and pays?"),
            ("Delivery", "The customer receives the service and starts using it.",
             "How does the service reach the customer, and what can go wrong?"),
            ("Follow-up", "Support, feedback and coming back.",
             "How do we stay in touch, and how are problems solved?"),
        ],
        "lanes": [
            ("Emotions", "How does the customer feel at each step?"),
            ("Pain points", "Where does the service fail or feel slow?"),
            ("Opportunities", "What could we change in front of or behind the scenes?"),
            ("Physical evidence", "What does the customer see, hold or receive – screens, emails, "
                                  "packaging, receipts?"),
            ("Customer actions", "What does the customer do, step by step?"),
            ("Frontstage", "What do our staff or systems do that the customer can see?"),
            ("Backstage", "What happens out of sight to make the frontstage work?"),
            ("Support processes", "Which systems, partners, policies and teams make it possible?"),
        ],
    },
}
