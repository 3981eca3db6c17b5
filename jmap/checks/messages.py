"""The one-line messages of the coverage rules in English, Norwegian, Dutch and Greek.

Each key is a rule id (or a rule id with a variant after a dot); each value gives the
message in every map language. Placeholders are filled with names that are already
quoted in the language's quotation marks (see MapIndex.quote).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "stage-no-touchpoint": {
        "en": "Stage {stage} has no touchpoint yet: where does the customer meet you here?",
        "nb": "Fasen {stage} har ingen kontaktpunkter ennå: hvor møter kunden dere her?",
        "nl": "Fase {stage} heeft nog geen contactpunt: waar ontmoet de klant u hier?",
        "el": "Το στάδιο {stage} δεν έχει ακόμη σημείο επαφής: πού σας συναντά ο πελάτης εδώ;",
    },
    "required-lane-empty": {
        "en": "Required lane {lane} is empty in stage {stage}.",
        "nb": "Det påkrevde laget {lane} er tomt i fasen {stage}.",
        "nl": "De verplichte laag {lane} is leeg in fase {stage}.",
        "el": "Το υποχρεωτικό επίπεδο {lane} είναι κενό στο στάδιο {stage}.",
    },
    "storyboard-empty": {
        "en": "Required storyboard {lane} has no picture in stage {stage}: what does the customer see here?",
        "nb": "Den påkrevde storyboarden {lane} har ikke noe bilde i fasen {stage}: hva ser kunden her?",
        "nl": "Het verplichte storyboard {lane} heeft geen afbeelding in fase {stage}: wat ziet de klant hier?",
        "el": "Το υποχρεωτικό σενάριο εικόνων {lane} δεν έχει εικόνα στο στάδιο {stage}: τι βλέπει ο πελάτης εδώ;",
    },
    "persona-no-emotion": {
        "en": "No emotion recorded for {persona} in stage {stage}: how do they feel here?",
        "nb": "Ingen følelse registrert for {persona} i fasen {stage}: hvordan har personen det her?",
        "nl": "Geen emotie vastgelegd voor {persona} in fase {stage}: hoe voelt deze persona zich hier?",
        "el": "Δεν έχει καταγραφεί συναίσθημα για την περσόνα {persona} στο στάδιο {stage}: πώς νιώθει εδώ;",
    },
    "unreachable-touchpoint": {
        "en": "Touchpoint {touchpoint} in stage {stage} cannot be reached from the start of the journey.",
        "nb": "Kontaktpunktet {touchpoint} i fasen {stage} kan ikke nås fra starten av reisen.",
        "nl": "Contactpunt {touchpoint} in fase {stage} is niet bereikbaar vanaf het begin van de klantreis.",
        "el": "Το σημείο επαφής {touchpoint} στο στάδιο {stage} δεν είναι προσβάσιμο από την αρχή του ταξιδιού.",
    },
    "unreachable-touchpoint.many": {
        "en": "Touchpoint {touchpoint} in stage {stage} and {more} more after it cannot be reached from the start "
              "of the journey.",
        "nb": "Kontaktpunktet {touchpoint} i fasen {stage} og {more} til etter det kan ikke nås fra starten av reisen.",
        "nl": "Contactpunt {touchpoint} in fase {stage} en {more} andere daarna zijn niet bereikbaar vanaf het begin "
              "van de klantreis.",
        "el": "Το σημείο επαφής {touchpoint} στο στάδιο {stage} και {more} ακόμη μετά από αυτό δεν είναι προσβάσιμα "
              "από την αρχή του ταξιδιού.",
    },
    "dead-end": {
        "en": "Touchpoint {touchpoint} in stage {stage} is a dead end: no flow leads on from it.",
        "nb": "Kontaktpunktet {touchpoint} i fasen {stage} er en blindvei: ingen flyt går videre derfra.",
        "nl": "Contactpunt {touchpoint} in fase {stage} loopt dood: geen enkele pijl leidt verder.",
        "el": "Το σημείο επαφής {touchpoint} στο στάδιο {stage} είναι αδιέξοδο: καμία ροή δεν συνεχίζει από εκεί.",
    },
    "no-flows": {
        "en": "No flows yet between the {count} touchpoints: draw them to check where the journey leads.",
        "nb": "Ingen flyter ennå mellom de {count} kontaktpunktene: tegn dem for å sjekke hvor reisen går.",
        "nl": "Nog geen pijlen tussen de {count} contactpunten: teken ze om te controleren waar de klantreis heen "
              "gaat.",
        "el": "Δεν υπάρχουν ακόμη ροές ανάμεσα στα {count} σημεία επαφής: σχεδιάστε τις για να ελεγχθεί πού οδηγεί "
              "το ταξίδι.",
    },
    "closed-loop": {
        "en": "The loop {touchpoints} in stage {stage} never leads on to a later stage.",
        "nb": "Sløyfen {touchpoints} i fasen {stage} fører aldri videre til en senere fase.",
        "nl": "De lus {touchpoints} in fase {stage} leidt nooit door naar een latere fase.",
        "el": "Ο βρόχος {touchpoints} στο στάδιο {stage} δεν οδηγεί ποτέ σε επόμενο στάδιο.",
    },
    "negative-without-opportunity.pain": {
        "en": "Stage {stage} has a pain point but no opportunity noted.",
        "nb": "Fasen {stage} har et smertepunkt, men ingen mulighet er notert.",
        "nl": "Fase {stage} heeft een pijnpunt, maar er is geen kans genoteerd.",
        "el": "Το στάδιο {stage} έχει σημείο πόνου αλλά δεν έχει σημειωθεί καμία ευκαιρία.",
    },
    "negative-without-opportunity.emotion": {
        "en": "Stage {stage} has a strongly negative feeling ({who}) but no opportunity noted.",
        "nb": "Fasen {stage} har en sterkt negativ følelse ({who}), men ingen mulighet er notert.",
        "nl": "Fase {stage} heeft een sterk negatief gevoel ({who}), maar er is geen kans genoteerd.",
        "el": "Το στάδιο {stage} έχει έντονα αρνητικό συναίσθημα ({who}) αλλά δεν έχει σημειωθεί καμία ευκαιρία.",
    },
    "negative-without-opportunity.both": {
        "en": "Stage {stage} has a pain point and a strongly negative feeling ({who}) but no opportunity noted.",
        "nb": "Fasen {stage} har et smertepunkt og en sterkt negativ følelse ({who}), men ingen mulighet er notert.",
        "nl": "Fase {stage} heeft een pijnpunt en een sterk negatief gevoel ({who}), maar er is geen kans genoteerd.",
        "el": "Το στάδιο {stage} έχει σημείο πόνου και έντονα αρνητικό συναίσθημα ({who}) αλλά δεν έχει σημειωθεί "
              "καμία ευκαιρία.",
    },
    "blueprint-frontstage-unsupported": {
        "en": "Frontstage touchpoint {touchpoint} in stage {stage} has nothing backstage or in support behind it.",
        "nb": "Frontstage-kontaktpunktet {touchpoint} i fasen {stage} har ingenting bak seg i backstage eller støtte.",
        "nl": "Frontstage-contactpunt {touchpoint} in fase {stage} heeft niets erachter in backstage of ondersteuning.",
        "el": "Το σημείο επαφής {touchpoint} στο προσκήνιο του σταδίου {stage} δεν στηρίζεται από τίποτα στο "
              "παρασκήνιο ή στην υποστήριξη.",
    },
    "blueprint-action-without-frontstage": {
        "en": "Stage {stage} has customer actions ({actions}) but no frontstage touchpoint.",
        "nb": "Fasen {stage} har kundehandlinger ({actions}), men ingen kontaktpunkter i frontstage.",
        "nl": "Fase {stage} heeft klantacties ({actions}), maar geen frontstage-contactpunt.",
        "el": "Το στάδιο {stage} έχει ενέργειες πελάτη ({actions}) αλλά κανένα σημείο επαφής στο προσκήνιο.",
    },
    "empty-map.no-stages": {
        "en": "The map has no stages yet: add the phases of the journey.",
        "nb": "Kartet har ingen faser ennå: legg til fasene i kundereisen.",
        "nl": "De kaart heeft nog geen fasen: voeg de fasen van de klantreis toe.",
        "el": "Ο χάρτης δεν έχει ακόμη στάδια: προσθέστε τα στάδια του ταξιδιού.",
    },
    "empty-map": {
        "en": "The map is empty: no touchpoints, notes or emotions yet.",
        "nb": "Kartet er tomt: ingen kontaktpunkter, notater eller følelser ennå.",
        "nl": "De kaart is leeg: nog geen contactpunten, notities of emoties.",
        "el": "Ο χάρτης είναι κενός: δεν υπάρχουν ακόμη σημεία επαφής, σημειώσεις ή συναισθήματα.",
    },
    "single-stage": {
        "en": "The map has only one stage ({stage}): a journey usually runs through several.",
        "nb": "Kartet har bare én fase ({stage}): en kundereise går som regel gjennom flere.",
        "nl": "De kaart heeft maar één fase ({stage}): een klantreis loopt meestal door meerdere fasen.",
        "el": "Ο χάρτης έχει μόνο ένα στάδιο ({stage}): ένα ταξίδι πελάτη περνά συνήθως από περισσότερα.",
    },
    "duplicate-stage-name": {
        "en": "{count} stages are called {stage}: give each stage a name of its own.",
        "nb": "{count} faser heter {stage}: gi hver fase sitt eget navn.",
        "nl": "{count} fasen heten {stage}: geef elke fase een eigen naam.",
        "el": "{count} στάδια ονομάζονται {stage}: δώστε σε κάθε στάδιο το δικό του όνομα.",
    },
}

#: How lists of names are joined (", ") and how a loop is drawn between names.
LOOP_ARROW = " → "


def message(key: str, language: str, **values) -> str:
    """The message for a key in a language (English when the language is unknown)."""
    table = MESSAGES[key]
    return table.get(language, table["en"]).format(**values)
