"""Norwegian (bokmål) texts of the bundled templates (read by _build.py)."""

# Same shape as _texts_en.py.
TEXTS = {
    "persona": "Persona 1",
    "lines": {
        "interaction": "Samhandlingslinje",
        "visibility": "Synlighetslinje",
        "internal": "Linje for intern samhandling",
    },
    "current-state": {
        "title": "Kundereisekart – nåsituasjon",
        "description": "Hvordan kundene opplever reisen i dag: hva de gjør, tenker og føler, "
                       "hvor det skaver og hva som kunne vært bedre.",
        "stages": [
            ("Bevissthet", "Kunden oppdager et behov og møter merkevaren for første gang.",
             "Hva fikk kunden til å begynne å lete, og hvor hørte hen om oss først?"),
            ("Vurdering", "Kunden sammenligner alternativer og veier oss opp mot andre.",
             "Hva sammenligner kunden, og hva overbeviser eller bekymrer hen?"),
            ("Kjøp", "Kunden bestemmer seg og handler.",
             "Hva avgjorde valget til slutt, og hvor smidig gikk betalingen?"),
            ("Bruk", "Kunden tar produktet i bruk og kommer tilbake – eller ikke.",
             "Hva får kunden til å bli hos oss etter det første kjøpet?"),
            ("Lojalitet", "Kunden anbefaler merkevaren til andre.",
             "Hva ville fått kunden til å fortelle venner om oss?"),
        ],
        "lanes": [
            ("Kundens handlinger", "Hva gjør kunden i denne fasen? Søker, leser anmeldelser, sammenligner priser …"),
            ("Berøringspunkter", "Hvor møter kunden oss, på nett og utenfor? Gjennom hvilken kanal, "
                                 "og hvor viktig er den?"),
            ("Tanker", "Hva går gjennom hodet på kunden her?"),
            ("Spørsmål", "Hvilke spørsmål må besvares før kunden går videre?"),
            ("Følelser", "Hvordan føler kunden seg: begeistret, usikker, overveldet? "
                         "Sett et punkt for hver persona."),
            ("Smertepunkter", "Hva står i veien eller irriterer kunden? Hvor faller hen fra?"),
            ("Muligheter", "Hvordan kan vi fjerne smerten eller gjøre denne fasen bedre?"),
        ],
    },
    "day-in-the-life": {
        "title": "En dag i livet",
        "description": "Kundens hele dag, med eller uten merkevaren vår, for å finne behov "
                       "som ingen dekker ennå.",
        "stages": [
            ("Morgen", "Våkne og gjøre seg klar.",
             "Hvordan starter dagen, og hva tenker personen allerede på?"),
            ("På vei", "På vei til jobb eller skole.",
             "Hva gjør personen underveis, og hvilke enheter eller medier har hen for hånden?"),
            ("Jobb", "Hoveddelen av dagen.",
             "Hvilke oppgaver fyller arbeidstiden, og hva bremser dem?"),
            ("Lunsj", "En pause midt på dagen.",
             "Hvordan brukes pausen, og hva ser personen på eller kjøper?"),
            ("Ettermiddag", "Andre halvdel av arbeidsdagen.",
             "Hvordan har energien endret seg, og hva gjenstår?"),
            ("Kveld", "Hjemme, familie og fritid.",
             "Hvordan slapper personen av, og hva planlegges for i morgen?"),
        ],
        "lanes": [
            ("Aktiviteter", "Hva gjør personen på denne tiden av dagen?"),
            ("Berøringspunkter", "Hvilke merkevarer, tjenester eller enheter brukes nå – våre eller andres?"),
            ("Tanker", "Hva tenker personen på?"),
            ("Følelser", "Hvordan har personen det på denne tiden av dagen?"),
            ("Udekkede behov", "Hva trenger personen akkurat nå som ingen tilbyr ennå?"),
            ("Smertepunkter", "Hva er frustrerende eller tar for lang tid?"),
            ("Muligheter", "Hvor kan merkevaren vår passe inn i dette øyeblikket og virkelig hjelpe?"),
        ],
    },
    "future-state": {
        "title": "Kundereisekart – ønsket framtid",
        "description": "Reisen slik den bør bli: mål, ideer og endringene som tar oss dit.",
        "stages": [
            ("Bevissthet", "Hvordan de riktige kundene skal finne oss.",
             "Hvordan bør kunden ideelt sett oppdage oss, og hva skal hen føle?"),
            ("Vurdering", "Hvordan det blir enkelt å velge oss.",
             "Hvilken informasjon og hvilke bevis gjør det lett å sammenligne og opplagt å velge oss?"),
            ("Kjøp", "Hvordan kjøpet skal føles enkelt.",
             "Hvordan ser en utsjekking helt uten friksjon ut?"),
            ("Bruk", "Hvordan vi får kundene til å komme tilbake.",
             "Hva vil få kunden til å handle hos oss igjen?"),
            ("Lojalitet", "Hvordan kundene blir ambassadører.",
             "Hva ville gjort kunden stolt av å anbefale oss?"),
        ],
        "lanes": [
            ("Kundens mål", "Hva vil kunden oppnå i denne fasen?"),
            ("Framtidige handlinger", "Hva skal kunden gjøre i den forbedrede reisen?"),
            ("Framtidige berøringspunkter", "Hvilke berøringspunkter skal finnes – nye, endrede eller fjernede?"),
            ("Ønskede følelser", "Hvordan vil vi at kunden skal føle seg her?"),
            ("Ideer", "Hvilke ideer kan ta oss dit? Ingen idé er for liten."),
            ("Nødvendige endringer", "Hva må endres i mennesker, prosesser, retningslinjer eller teknologi?"),
            ("Suksessmål", "Hvilket tall viser at det virket – konvertering, tilfredshet …? Hva er målet?"),
        ],
    },
    "service-blueprint": {
        "title": "Tjenesteblåkopi",
        "description": "Reisen sammen med alt bak kulissene som leverer opplevelsen: "
                       "mennesker, prosesser, retningslinjer og teknologi.",
        "stages": [
            ("Oppdagelse", "Kunden finner tjenesten.",
             "Hvordan finner kunden oss, og hva ser hen først?"),
            ("Vurdering", "Kunden ser nærmere på tilbudet og sammenligner.",
             "Hva sjekker kunden før hen bestemmer seg, og hvem eller hva gir svar?"),
            ("Kjøp", "Bestilling og betaling.",
             "Hva skjer, steg for steg, når kunden bestiller og betaler?"),
            ("Levering", "Kunden mottar tjenesten og begynner å bruke den.",
             "Hvordan når tjenesten fram til kunden, og hva kan gå galt?"),
            ("Oppfølging", "Kundeservice, tilbakemeldinger og gjenkjøp.",
             "Hvordan holder vi kontakten, og hvordan løses problemer?"),
        ],
        "lanes": [
            ("Følelser", "Hvordan føler kunden seg i hvert steg?"),
            ("Smertepunkter", "Hvor svikter tjenesten eller føles treg?"),
            ("Muligheter", "Hva kan vi endre foran eller bak kulissene?"),
            ("Fysiske bevis", "Hva ser, holder eller mottar kunden – skjermbilder, e-poster, "
                              "emballasje, kvitteringer?"),
            ("Kundens handlinger", "Hva gjør kunden, steg for steg?"),
            ("Foran kulissene", "Hva gjør de ansatte eller systemene våre som kunden ser?"),
            ("Bak kulissene", "Hva skjer utenfor kundens syn for at det synlige skal fungere?"),
            ("Støtteprosesser", "Hvilke systemer, partnere, retningslinjer og team gjør det mulig?"),
        ],
    },
}
