"""The fixed words drawn on a map (PDF and canvas), in the map's language (en, nb, nl, el)."""

from __future__ import annotations

_L: dict[str, tuple[str, str, str, str]] = {
    # key: (English, Norwegian bokmål, Dutch, Greek)
    "current-state": ("Current state", "Nåsituasjon", "Huidige situatie", "Τρέχουσα κατάσταση"),
    "day-in-the-life": ("Day in the life", "En dag i livet", "Een dag uit het leven", "Μια μέρα στη ζωή"),
    "future-state": ("Future state", "Fremtidig situasjon", "Toekomstige situatie", "Μελλοντική κατάσταση"),
    "service-blueprint": ("Service blueprint", "Tjenesteblåkopi", "Service blueprint", "Σχεδιάγραμμα υπηρεσίας"),
    "target": ("TARGET STATE", "MÅLBILDE", "GEWENSTE SITUATIE", "ΚΑΤΑΣΤΑΣΗ-ΣΤΟΧΟΣ"),
    "target_note": ("How the journey should become, not how it is today",
                    "Slik reisen skal bli, ikke slik den er i dag",
                    "Hoe de reis moet worden, niet hoe hij nu is",
                    "Πώς πρέπει να γίνει η διαδρομή, όχι πώς είναι σήμερα"),
    "interaction": ("Line of interaction", "Samhandlingslinje", "Interactielijn", "Γραμμή αλληλεπίδρασης"),
    "visibility": ("Line of visibility", "Synlighetslinje", "Zichtbaarheidslijn", "Γραμμή ορατότητας"),
    "internal": ("Line of internal interaction", "Intern samhandlingslinje", "Interne interactielijn",
                 "Γραμμή εσωτερικής αλληλεπίδρασης"),
    "personas": ("Personas", "Personas", "Persona's", "Περσόνες"),
    "date": ("Date", "Dato", "Datum", "Ημερομηνία"),
    "format": ("jmap format", "jmap-format", "jmap-formaat", "μορφή jmap"),
    "by": ("By", "Av", "Door", "Από"),
    "page": ("Page", "Side", "Pagina", "Σελίδα"),
    "of": ("of", "av", "van", "από"),
    "map": ("Journey map", "Reisekart", "Klantreis", "Χάρτης διαδρομής"),
    "continued": ("Text that did not fit on the map", "Tekst som ikke fikk plass på kartet",
                  "Tekst die niet op de kaart paste", "Κείμενο που δεν χώρεσε στον χάρτη"),
    "continued_hint": ("Each entry is marked on the map with its number, for example …(1).",
                       "Hver tekst er merket på kartet med nummeret sitt, for eksempel …(1).",
                       "Elke tekst is op de kaart gemarkeerd met zijn nummer, bijvoorbeeld …(1).",
                       "Κάθε κείμενο σημειώνεται στον χάρτη με τον αριθμό του, π.χ. …(1)."),
    "new_stage": ("New stage", "Ny fase", "Nieuwe fase", "Νέο στάδιο"),
    "new_persona": ("New persona", "Ny persona", "Nieuwe persona", "Νέα περσόνα"),
    "goals": ("Goals", "Mål", "Doelen", "Στόχοι"),
    "needs": ("Needs", "Behov", "Behoeften", "Ανάγκες"),
    "motivations": ("Motivations", "Motivasjon", "Motivaties", "Κίνητρα"),
    "behaviours": ("Behaviours", "Atferd", "Gedrag", "Συμπεριφορές"),
    "frustrations": ("Frustrations", "Frustrasjoner", "Frustraties", "Απογοητεύσεις"),
    "emotion_curve": ("Emotion curve", "Følelseskurve", "Emotiecurve", "Καμπύλη συναισθημάτων"),
    "no_points": ("No emotion points yet.", "Ingen følelsespunkter ennå.", "Nog geen emotiepunten.",
                  "Δεν υπάρχουν ακόμη σημεία συναισθήματος."),
    "coverage": ("Coverage", "Dekning", "Dekking", "Κάλυψη"),
    "findings": ("Findings", "Funn", "Bevindingen", "Ευρήματα"),
    "no_findings": ("No findings: every rule passed.", "Ingen funn: alle regler er oppfylt.",
                    "Geen bevindingen: alle regels zijn in orde.", "Κανένα εύρημα: όλοι οι κανόνες ικανοποιούνται."),
    "stage": ("Stage", "Fase", "Fase", "Στάδιο"),
    "touchpoints": ("Touchpoints", "Kontaktpunkter", "Touchpoints", "Σημεία επαφής"),
    "channels": ("Channels", "Kanaler", "Kanalen", "Κανάλια"),
    "filled": ("Filled", "Utfylt", "Ingevuld", "Συμπληρωμένο"),
    "empty_lanes": ("Empty lanes", "Tomme rader", "Lege rijen", "Κενές λωρίδες"),
    "emotions": ("Emotions", "Følelser", "Emoties", "Συναισθήματα"),
    "error": ("error", "feil", "fout", "σφάλμα"),
    "warning": ("warning", "advarsel", "waarschuwing", "προειδοποίηση"),
    "info": ("info", "info", "info", "πληροφορία"),
    "poster": ("Poster", "Plakat", "Poster", "Αφίσα"),
    "sheet": ("Sheet", "Ark", "Vel", "Φύλλο"),
    "row": ("row", "rad", "rij", "σειρά"),
    "column": ("column", "kolonne", "kolom", "στήλη"),
    "assemble": ("Cut off the left and top margins at the crop marks; lay each sheet over the shaded strip of "
                 "its left and upper neighbours.",
                 "Skjær bort venstre og øvre marg ved skjæremerkene; legg hvert ark over det skraverte feltet på "
                 "naboarket til venstre og over.",
                 "Snijd de linker- en bovenmarge af bij de snijtekens; leg elk vel over de gearceerde strook van het "
                 "vel links en erboven.",
                 "Κόψτε το αριστερό και το πάνω περιθώριο στα σημάδια κοπής· τοποθετήστε κάθε φύλλο πάνω στη "
                 "σκιασμένη λωρίδα του αριστερού και του πάνω γειτονικού φύλλου."),
    "observed": ("observed", "observert", "waargenomen", "παρατηρημένο"),
    "assumed": ("assumed", "antatt", "aangenomen", "υποθετικό"),
    "proposed": ("proposed", "foreslått", "voorgesteld", "προτεινόμενο"),
    "online": ("online", "digital", "online", "διαδικτυακά"),
    "offline": ("offline", "fysisk", "offline", "εκτός διαδικτύου"),
    "importance": ("importance", "viktighet", "belang", "σημασία"),
    "impact": ("impact", "effekt", "impact", "επίδραση"),
    "target_word": ("target", "mål", "doel", "στόχος"),
    "delighted": ("delighted", "begeistret", "verrukt", "ενθουσιασμένος"),
    "happy": ("happy", "glad", "blij", "χαρούμενος"),
    "content": ("content", "fornøyd", "tevreden", "ικανοποιημένος"),
    "neutral": ("neutral", "nøytral", "neutraal", "ουδέτερος"),
    "uneasy": ("uneasy", "urolig", "ongemakkelijk", "ανήσυχος"),
    "frustrated": ("frustrated", "frustrert", "gefrustreerd", "απογοητευμένος"),
    "furious": ("furious", "rasende", "woedend", "έξαλλος"),
    "card": ("Card", "Kort", "Kaart", "Κάρτα"),
    "note": ("Note", "Lapp", "Notitie", "Σημείωση"),
    "metrics": ("Metrics", "Måltall", "Kengetallen", "Μετρήσεις"),
    "legend": ("Legend", "Tegnforklaring", "Legenda", "Υπόμνημα"),
    "subject_counts": ("{stages} stages, {lanes} lanes, {cards} touchpoints",
                       "{stages} faser, {lanes} baner, {cards} kontaktpunkter",
                       "{stages} fasen, {lanes} banen, {cards} touchpoints",
                       "{stages} στάδια, {lanes} λωρίδες, {cards} σημεία επαφής"),
    "sheet_of": ("sheet {n} of {total}", "ark {n} av {total}", "vel {n} van {total}", "φύλλο {n} από {total}"),
    "made_with": ("made with jmap", "laget med jmap", "gemaakt met jmap", "φτιαγμένο με το jmap"),
    "lane": ("Lane", "Rad", "Rij", "Λωρίδα"),
    "prompt": ("Prompt", "Spørsmål", "Vraag", "Ερώτηση"),
    "required": ("required lane", "påkrevd rad", "verplichte rij", "υποχρεωτική λωρίδα"),
    "flow": ("flow", "flyt", "stroom", "ροή"),
    "back_flow": ("back, loop", "tilbake, sløyfe", "terug, lus", "επιστροφή, βρόχος"),
    "quote": ("Quote", "Sitat", "Citaat", "Απόφθεγμα"),
    # the HTML page (jmap.export.html)
    "search": ("Search the map", "Søk i kartet", "Zoek in de kaart", "Αναζήτηση στον χάρτη"),
    "found": ("found", "funnet", "gevonden", "βρέθηκαν"),
    "fit": ("Fit", "Tilpass", "Passend", "Προσαρμογή"),
    "details": ("Details", "Detaljer", "Details", "Λεπτομέρειες"),
    "hint": ("Click a card, note or stage for its details. Drag to pan, scroll to zoom, / to search.",
             "Klikk et kort, et notat eller en fase for detaljer. Dra for å flytte, rull for å zoome, / for å søke.",
             "Klik op een kaart, notitie of fase voor details. Sleep om te schuiven, scroll om te zoomen, / om te zoeken.",
             "Κάντε κλικ σε κάρτα, σημείωση ή στάδιο για λεπτομέρειες. Σύρετε για μετακίνηση, κύλιση για ζουμ, / για αναζήτηση."),
    "none": ("None", "Ingen", "Geen", "Κανένα"),
    "description": ("Description", "Beskrivelse", "Beschrijving", "Περιγραφή"),
    "channel": ("Channel", "Kanal", "Kanaal", "Κανάλι"),
    "owner": ("Owner", "Eier", "Eigenaar", "Υπεύθυνος"),
    "evidence": ("Evidence", "Grunnlag", "Onderbouwing", "Τεκμηρίωση"),
    "leads_to": ("Leads to", "Fører til", "Leidt naar", "Οδηγεί σε"),
    "comes_from": ("Comes from", "Kommer fra", "Komt van", "Προέρχεται από"),
    "entry_point": ("Entry point", "Inngang", "Startpunt", "Σημείο εισόδου"),
    "yes": ("yes", "ja", "ja", "ναι"),
    "text": ("Text", "Tekst", "Tekst", "Κείμενο"),
    "zoom_in": ("Zoom in", "Zoom inn", "Inzoomen", "Μεγέθυνση"),
    "zoom_out": ("Zoom out", "Zoom ut", "Uitzoomen", "Σμίκρυνση"),
    # the votes page (jmap.export.votes_page)
    "dot_vote": ("Dot vote", "Prikkavstemning", "Stippenstemming", "Ψηφοφορία με τελείες"),
    "dot_vote_intro": ("{items} items received {dots} dots from {voters} participants.",
                       "{items} elementer fikk {dots} prikker fra {voters} deltakere.",
                       "{items} items kregen {dots} stippen van {voters} deelnemers.",
                       "{items} στοιχεία πήραν {dots} τελείες από {voters} συμμετέχοντες."),
    "dots": ("dots", "prikker", "stippen", "τελείες"),
    "dot": ("dot", "prikk", "stip", "τελεία"),
    "voters": ("Voters", "Stemte", "Stemmers", "Ψήφισαν"),
}
_INDEX = {"en": 0, "nb": 1, "nl": 2, "el": 3}


def label(key: str, language: str = "en") -> str:
    """A fixed PDF word in a language (English when the language is unknown)."""
    row = _L.get(key)
    if row is None:
        return key
    return row[_INDEX.get(language, 0)]


#: The channel badge on a card, in the map's language: (English, bokmål, Dutch, Greek).
_CHANNELS: dict[str, tuple[str, str, str, str]] = {
    "web": ("WEB", "NETT", "SITE", "ΙΣΤΟΣ"), "app": ("APP", "APP", "APP", "ΕΦΑΡΜ."),
    "email": ("MAIL", "E-POST", "E-MAIL", "EMAIL"), "social": ("SOC", "SOME", "SOCIAAL", "ΚΟΙΝ.ΔΙΚΤ."),
    "search": ("SRCH", "SØK", "ZOEK", "ΑΝΑΖ."), "ad": ("AD", "ANNONSE", "ADV.", "ΔΙΑΦ."),
    "store": ("STORE", "BUTIKK", "WINKEL", "ΚΑΤΑΣΤ."), "phone": ("TEL", "TLF", "TEL", "ΤΗΛ."),
    "chat": ("CHAT", "CHAT", "CHAT", "ΣΥΝΟΜ."), "event": ("EVT", "ARR.", "EVENT", "ΕΚΔΗΛ."),
    "mail": ("POST", "POST", "POST", "ΤΑΧΥΔΡ."),
}


def channel_mark(channel: str, language: str = "en") -> str:
    """The short channel badge of a card in the map's language ("•" for other or unknown channels)."""
    row = _CHANNELS.get(channel)
    return row[_INDEX.get(language, 0)] if row is not None else "•"


def emotion_label(value: int, language: str = "en") -> str:
    """The word for a whole value of the emotion scale, e.g. ``-2`` -> "frustrated"."""
    from jmap.core.model import EMOTION_LABELS, EMOTION_MIN

    return label(EMOTION_LABELS[value - EMOTION_MIN], language)


def _plain(text: object) -> str:
    return " ".join(("" if text is None else str(text)).split())


def figure(value, text=_plain) -> str:
    """A figure as people write it: ``12.5``, ``20`` (no trailing zeros); "" for none."""
    import math

    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return text(value)  # not a number in a hand-edited file: shown as it is
    shown = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if shown == "-0" else shown


def metric_line(metric, language: str = "en", text=_plain) -> str:
    """``Conversion rate 12.5% / target 20%`` in the map's language (blank parts left out).

    ``text`` turns user text into one printable line (the PDF passes its font-aware one).
    """
    unit = text(metric.unit)
    sep = "" if unit in ("%", "") else " "
    parts = [text(metric.name)]
    if metric.value is not None:
        parts.append(f"{figure(metric.value, text)}{sep}{unit}")
    if metric.target is not None:
        parts.append(f"/ {label('target_word', language)} {figure(metric.target, text)}{sep}{unit}")
    return " ".join(p for p in parts if p)
