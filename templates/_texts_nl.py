"""Dutch texts of the bundled templates (read by _build.py)."""

# Same shape as _texts_en.py.
TEXTS = {
    "persona": "Persona 1",
    "lines": {
        "interaction": "Interactielijn",
        "visibility": "Zichtbaarheidslijn",
        "internal": "Lijn van interne interactie",
    },
    "current-state": {
        "title": "Klantreis – huidige situatie",
        "description": "Hoe klanten de reis vandaag beleven: wat ze doen, denken en voelen, "
                       "waar het knelt en wat beter kan.",
        "stages": [
            ("Bewustwording", "De klant merkt een behoefte op en komt het merk voor het eerst tegen.",
             "Waardoor ging de klant zoeken, en waar hoorde die voor het eerst van ons?"),
            ("Overweging", "De klant vergelijkt opties en weegt ons af tegen de alternatieven.",
             "Wat vergelijkt de klant, en wat overtuigt of verontrust hem of haar?"),
            ("Aankoop", "De klant neemt een besluit en koopt.",
             "Wat gaf uiteindelijk de doorslag, en hoe soepel verliep het betalen?"),
            ("Behoud", "De klant gebruikt het product en komt terug – of niet.",
             "Wat houdt de klant na de eerste aankoop bij ons?"),
            ("Aanbeveling", "De klant raadt het merk aan anderen aan.",
             "Waardoor zou de klant vrienden over ons vertellen?"),
        ],
        "lanes": [
            ("Acties van de klant", "Wat doet de klant in deze fase? Zoeken, recensies lezen, prijzen vergelijken…"),
            ("Contactpunten", "Waar komt de klant ons tegen, online en offline? Via welk kanaal, "
                              "en hoe belangrijk is dat?"),
            ("Gedachten", "Wat gaat er hier door het hoofd van de klant?"),
            ("Vragen", "Welke vragen moeten beantwoord zijn voordat de klant verder gaat?"),
            ("Emoties", "Hoe voelt de klant zich: enthousiast, onzeker, overweldigd? "
                        "Zet een punt voor elke persona."),
            ("Pijnpunten", "Wat zit de klant in de weg of ergert hem of haar? Waar haakt de klant af?"),
            ("Kansen", "Hoe kunnen we die pijn wegnemen of deze fase beter maken?"),
        ],
    },
    "day-in-the-life": {
        "title": "Een dag uit het leven",
        "description": "De hele dag van de klant, met of zonder ons merk, om behoeften te vinden "
                       "die nog niemand vervult.",
        "stages": [
            ("Ochtend", "Opstaan en zich klaarmaken.",
             "Hoe begint de dag, en waar denkt de persoon al aan?"),
            ("Onderweg", "Op weg naar werk of school.",
             "Wat doet de persoon onderweg, en welke apparaten of media zijn bij de hand?"),
            ("Werk", "Het grootste deel van de dag.",
             "Welke taken vullen de werkuren, en wat houdt de persoon op?"),
            ("Lunch", "Een pauze midden op de dag.",
             "Hoe wordt de pauze besteed, en wat bekijkt of koopt de persoon?"),
            ("Middag", "De tweede helft van de werkdag.",
             "Hoe is de energie veranderd, en wat moet er nog gebeuren?"),
            ("Avond", "Thuis, gezin en vrije tijd.",
             "Hoe ontspant de persoon, en wat wordt er voor morgen gepland?"),
        ],
        "lanes": [
            ("Activiteiten", "Wat doet de persoon op dit moment van de dag?"),
            ("Contactpunten", "Welke merken, diensten of apparaten worden nu gebruikt – van ons of van anderen?"),
            ("Gedachten", "Waar denkt de persoon aan?"),
            ("Emoties", "Hoe voelt de persoon zich op dit moment van de dag?"),
            ("Onvervulde behoeften", "Wat is er nu nodig dat nog niemand aanbiedt?"),
            ("Pijnpunten", "Wat is frustrerend of duurt te lang?"),
            ("Kansen", "Waar past ons merk in dit moment en helpt het echt?"),
        ],
    },
    "future-state": {
        "title": "Klantreis – gewenste situatie",
        "description": "De reis zoals die moet worden: doelen, ideeën en de veranderingen die ons daar brengen.",
        "stages": [
            ("Bewustwording", "Hoe de juiste klanten ons gaan vinden.",
             "Hoe ontdekt de klant ons idealiter, en wat moet die daarbij voelen?"),
            ("Overweging", "Hoe kiezen voor ons makkelijk wordt.",
             "Welke informatie en welk bewijs maken vergelijken eenvoudig en de keuze voor ons vanzelfsprekend?"),
            ("Aankoop", "Hoe kopen moeiteloos gaat voelen.",
             "Hoe ziet afrekenen zonder enige drempel eruit?"),
            ("Behoud", "Hoe klanten blijven terugkomen.",
             "Wat brengt de klant terug voor een tweede aankoop?"),
            ("Aanbeveling", "Hoe klanten fans worden.",
             "Waardoor zou de klant ons met trots aanbevelen?"),
        ],
        "lanes": [
            ("Doelen van de klant", "Wat wil de klant in deze fase bereiken?"),
            ("Toekomstige acties", "Wat gaat de klant doen in de verbeterde reis?"),
            ("Toekomstige contactpunten", "Welke contactpunten komen er – nieuw, veranderd of geschrapt?"),
            ("Gewenste emoties", "Hoe willen we dat de klant zich hier voelt?"),
            ("Ideeën", "Welke ideeën kunnen ons daar brengen? Geen idee is te klein."),
            ("Benodigde veranderingen", "Wat moet er veranderen aan mensen, processen, beleid of technologie?"),
            ("Succesmaatstaven", "Welk cijfer laat zien dat het werkt – conversie, tevredenheid…? "
                                 "Wat is het doel?"),
        ],
    },
    "service-blueprint": {
        "title": "Serviceblauwdruk",
        "description": "De reis samen met alles erachter dat de ervaring levert: "
                       "mensen, processen, beleid en technologie.",
        "stages": [
            ("Ontdekking", "De klant vindt de dienst.",
             "Hoe vindt de klant ons, en wat ziet die als eerste?"),
            ("Overweging", "De klant kijkt beter en vergelijkt.",
             "Wat controleert de klant voordat die beslist, en wie of wat geeft antwoord?"),
            ("Aankoop", "Bestellen en betalen.",
             "Wat gebeurt er, stap voor stap, als de klant bestelt en betaalt?"),
            ("Levering", "De klant ontvangt de dienst en gaat die gebruiken.",
             "Hoe bereikt de dienst de klant, en wat kan er misgaan?"),
            ("Nazorg", "Ondersteuning, feedback en terugkomen.",
             "Hoe blijven we in contact, en hoe worden problemen opgelost?"),
        ],
        "lanes": [
            ("Emoties", "Hoe voelt de klant zich bij elke stap?"),
            ("Pijnpunten", "Waar schiet de dienst tekort of voelt die traag?"),
            ("Kansen", "Wat kunnen we voor of achter de schermen veranderen?"),
            ("Fysiek bewijs", "Wat ziet, houdt of ontvangt de klant – schermen, e-mails, verpakking, bonnetjes?"),
            ("Acties van de klant", "Wat doet de klant, stap voor stap?"),
            ("Frontstage", "Wat doen onze medewerkers of systemen dat de klant kan zien?"),
            ("Backstage", "Wat gebeurt er buiten beeld om de frontstage te laten werken?"),
            ("Ondersteunende processen", "Welke systemen, partners, regels en teams maken het mogelijk?"),
        ],
    },
}
