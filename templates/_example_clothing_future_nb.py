"""Worked example in Norwegian: the clothing shop as it should become (a future-state map), built by _build.py."""


def build(Kit):
    k = Kit.from_template(
        "future-state", "nb", title="Vera Mote – slik skal kjolekjøpet bli",
        description="Den ønskede reisen for kunder som kjøper festantrekk hos oss, på nett og i butikk: "
                    "mål, ideer og endringene som må til.",
        authors=["jmap-eksempel"])
    nina = k.persona(
        "Nina Solberg", role="Motebevisst markedsassistent",
        quote="Hvis jeg ikke vet hvordan den sitter, kjøper jeg den ikke.",
        demographics="27 år, bor i Oslo, handler på mobilen og er aktiv på Instagram.",
        goals=["Et trendy antrekk til en stor sommerfest", "En kjole som passer perfekt første gang"],
        needs=["En størrelsesguide hun kan stole på", "Bilder på ekte mennesker", "Enkle returer"],
        motivations=["Vil se bra ut og føle seg vel på festen", "Liker å oppdage nye merker"],
        behaviours=["Finner merker gjennom annonser og influensere", "Leser anmeldelser om passform før hun kjøper"],
        frustrations=["Størrelser som varierer fra butikk til butikk", "Returer som koster penger"])
    leila = k.persona(
        "Leila Haddad", role="Småbarnsmor i turnusjobb",
        quote="Vis meg hva som passer, og la meg returnere uten styr.",
        demographics="38 år, sykepleier i turnus, handler sent på kvelden og av og til i butikken på lørdager.",
        goals=["Noe fint til et bryllup uten å bruke hele helgen på det"],
        needs=["Raske filtre for størrelse og anledning", "Å prøve i butikken når hun er usikker"],
        motivations=["Kjøper sjelden til seg selv og vil at det skal bli riktig"],
        behaviours=["Lar varer ligge i handlekurven i flere dager", "Bruker rabattkoder fra nyhetsbrev"],
        frustrations=["Kø i kassen", "Pop-uper som dekker produktet på mobilen"])

    aware, consider, buy, use, loyal = (s.id for s in k.doc.stages)
    lane = {ln.kind: ln.id for ln in k.doc.lanes}

    k.notes(lane["goals"], {
        aware: "Finne en kjole til festen uten å lete i timevis",
        consider: "Være sikker på størrelsen før hun bestiller",
        buy: "Betale raskt, også på mobilen",
        use: "Få kjolen i tide – og returnere enkelt om den ikke passer",
        loyal: "Vise fram antrekket og få noe igjen for å handle på nytt",
    })
    k.notes(lane["actions"], {
        aware: "Trykker på annonsen og lander rett på kjolen",
        consider: ["Får anbefalt en størrelse av passformassistenten", "Ser kjolen på modeller i flere størrelser"],
        buy: "Betaler i ett trinn med lagret kort eller mobilbetaling",
        use: "Følger pakken og returnerer med en QR-kode på posten",
        loyal: "Deler et bilde, får poeng og en bursdagsrabatt",
    })
    k.notes(lane["ideas"], {
        aware: "Annonser med et kort videoklipp av kjolen i bevegelse",
        consider: ["Passformassistent basert på merker kunden allerede bruker",
                   "«Sitter som»-merking fra andre kunder"],
        buy: "Vis rabatten som et lite banner i stedet for en pop-up",
        use: "Gratis retur med QR-kode – ingen skriver nødvendig",
        loyal: ["Poengoversikt på ordresiden", "Vervekode til venninner"],
    })
    k.notes(lane["opportunities"], {
        aware: "Annonselenker må gå til produktsiden, ikke forsiden",
        consider: "Produktteamet må måle alle modeller og legge inn passformdata",
        buy: "Ny utsjekking uten pop-uper; håndterminaler til de ansatte i butikken",
        use: "Ny returavtale med posten; kundeservice trenger tilgang til sporingen",
        loyal: "Kundeklubben må inn i appen; CRM-teamet trenger kjøpsdata",
    })
    k.notes(lane["metrics"], {
        aware: "Klikkrate fra annonse til produktside",
        consider: "Færre returer på grunn av feil størrelse",
        buy: "Lavere andel forlatte handlekurver",
        use: "Returandel og tid til pengene er tilbake",
        loyal: "Andel kunder som melder seg inn i kundeklubben",
    })

    tps = lane["touchpoints"]
    t1 = k.tp(aware, tps, "Instagram-annonse med video", "Kort klipp av kjolen i bevegelse", channel="ad",
              owner="Markedsføring", importance=4, impact=4, entry=True)
    t2 = k.tp(aware, tps, "Produktsiden til kjolen", "Bilder, pris, størrelser", owner="Netthandel",
              importance=5, impact=5)
    t3 = k.tp(consider, tps, "Passformassistent", "Foreslår størrelse ut fra høyde og merker hun bruker",
              channel="app", owner="Produktteamet", importance=5, impact=5, evidence="proposed")
    t4 = k.tp(consider, tps, "Anmeldelser om passform", "«Sitter som forventet», «litt liten»",
              owner="Netthandel", importance=4, impact=4, evidence="proposed")
    t5 = k.tp(consider, tps, "Butikkbesøk med prøverom", "Sentrumsbutikken på lørdager", channel="store",
              owner="Butikkansatte", importance=4, impact=4)
    t6 = k.tp(buy, tps, "Utsjekking i ett trinn", "Lagret kort eller mobilbetaling", owner="Netthandel",
              importance=5, impact=5, evidence="proposed")
    t7 = k.tp(buy, tps, "Betaling hos en ansatt i butikken", "Håndterminal, ingen kø i kassen", channel="store",
              owner="Butikkansatte", importance=3, impact=4, evidence="proposed")
    t8 = k.tp(use, tps, "Pakke med sporing", "To til tre arbeidsdager", channel="mail", owner="Posten",
              importance=4, impact=4)
    t9 = k.tp(use, tps, "Retur med QR-kode", "Leveres på nærmeste postkontor", channel="mail",
              owner="Kundeservice", importance=3, impact=4, evidence="proposed")
    t10 = k.tp(loyal, tps, "Bilde delt på Instagram", "Merker butikken", channel="social", owner="Kunden",
               importance=4, impact=5)
    t11 = k.tp(loyal, tps, "Kundeklubb i appen", "Poeng, bursdagsrabatt, tidlig tilgang til salg", channel="app",
               owner="CRM-teamet", importance=3, impact=4, evidence="proposed")
    t12 = k.tp(loyal, tps, "Vervekode til venninner", channel="app", owner="CRM-teamet", importance=2, impact=3,
               evidence="assumed")

    k.flows(
        (t1, t2, "trykker på annonsen"),
        (t2, t3, "usikker på størrelsen"),
        (t2, t6, "vet størrelsen – kjøper med en gang"),
        (t3, t4, ""),
        (t4, t6, ""),
        (t3, t5, "vil kjenne på stoffet"),
        (t5, t7, ""),
        (t7, t10, "tar kjolen med hjem"),
        (t6, t8, ""),
        (t8, t9, "feil størrelse"),
        (t9, t3, "prøver assistenten på nytt"),
        (t8, t10, "passer perfekt"),
        (t10, t11, ""),
        (t11, t12, ""),
    )

    for stage, n, le, n_tp, l_tp, n_note, l_note in (
        (aware, 2, 1, t1, t1, "Forelsket i kjolen med en gang", "Ser det hun trenger uten å lete"),
        (consider, 1, 1, t3, t5, "Trygg på størrelsen", "Får prøve før hun bestemmer seg"),
        (buy, 2, 2, t6, t7, "Ferdig på et minutt", "Slipper køen"),
        (use, 3, 1, t8, t9, "Passer perfekt!", "Returen er gratis og enkel"),
        (loyal, 3, 2, t10, t11, "Stolt av å vise den fram", "Poengene er verdt noe"),
    ):
        k.feel(nina, stage, n, n_note, n_tp)
        k.feel(leila, stage, le, l_note, l_tp)

    for stage, name, value, unit, target in (
        (aware, "Klikkrate", 1.6, "%", 2.5),
        (aware, "Fluktfrekvens", 48.0, "%", 30.0),
        (consider, "Konverteringsrate", 2.9, "%", 4.0),
        (buy, "Forlatte handlekurver", 64.0, "%", 40.0),
        (use, "Returandel", 27.0, "%", 15.0),
        (loyal, "Kundetilfredshet", 4.4, "/5", 4.7),
    ):
        k.metric(stage, name, value, unit, target)
    return k.doc
