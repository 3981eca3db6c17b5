<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../files.py" line="69" />
        <source>Changes between the file on disk and your map</source>
        <translation>Verschillen tussen het bestand op schijf en jouw kaart</translation>
    </message>
    <message>
        <location filename="../files.py" line="72" />
        <source>{0} (on disk)</source>
        <translation>{0} (op schijf)</translation>
    </message>
    <message>
        <location filename="../files.py" line="72" />
        <source>{0} (yours)</source>
        <translation>{0} (jouw versie)</translation>
    </message>
    <message>
        <location filename="../files.py" line="73" />
        <source>The two versions are the same.</source>
        <translation>De twee versies zijn gelijk.</translation>
    </message>
</context>
<context>
    <name>ExportImage</name>
    <message>
        <location filename="../export_dialog.py" line="294" />
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="294" />
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tekeningen (*.svg)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="295" />
        <source>Export Image</source>
        <translation>Afbeelding exporteren</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="304" />
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="313" />
        <source>Print Map</source>
        <translation>Kaart afdrukken</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="319" />
        <source>Print failed</source>
        <translation>Afdrukken mislukt</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="319" />
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../files.py" line="60" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../files.py" line="143" />
        <source>Untitled</source>
        <extracomment>(window) after the window was allowed to close and its file released</extracomment>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../files.py" line="146" />
        <source> (read-only)</source>
        <translation> (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../files.py" line="190" />
        <source>&amp;New from Template…</source>
        <translation>&amp;Nieuw van sjabloon…</translation>
    </message>
    <message>
        <location filename="../files.py" line="191" />
        <source>New &amp;Window…</source>
        <translation>Nieuw &amp;venster…</translation>
    </message>
    <message>
        <location filename="../files.py" line="192" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../files.py" line="193" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../files.py" line="197" />
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../files.py" line="198" />
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../files.py" line="199" />
        <source>Re&amp;vert to Saved</source>
        <translation>&amp;Terug naar opgeslagen versie</translation>
    </message>
    <message>
        <location filename="../files.py" line="201" />
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exporteren…</translation>
    </message>
    <message>
        <location filename="../files.py" line="202" />
        <source>Export P&amp;NG…</source>
        <translation>P&amp;NG exporteren…</translation>
    </message>
    <message>
        <location filename="../files.py" line="203" />
        <source>Export S&amp;VG…</source>
        <translation>S&amp;VG exporteren…</translation>
    </message>
    <message>
        <location filename="../files.py" line="204" />
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../files.py" line="206" />
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../files.py" line="210" />
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <location filename="../files.py" line="211" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../files.py" line="225" />
        <source>&amp;Clear Menu</source>
        <translation>Menu &amp;wissen</translation>
    </message>
    <message>
        <location filename="../files.py" line="240" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../files.py" line="241" />
        <source>Save the changes to “{0}” before closing it?</source>
        <translation>Wijzigingen in “{0}” opslaan voordat je het sluit?</translation>
    </message>
    <message>
        <location filename="../files.py" line="242" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../files.py" line="243" />
        <source>Don't Save</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <location filename="../files.py" line="244" />
        <location filename="../files.py" line="323" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../files.py" line="246" />
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation>Als je niet opslaat, gaan je wijzigingen sinds de vorige keer opslaan verloren.</translation>
    </message>
    <message>
        <location filename="../files.py" line="294" />
        <source>Open Map</source>
        <translation>Kaart openen</translation>
    </message>
    <message>
        <location filename="../files.py" line="294" />
        <location filename="../files.py" line="356" />
        <source>jmap maps (*.jmap)</source>
        <translation>jmap-kaarten (*.jmap)</translation>
    </message>
    <message>
        <location filename="../files.py" line="320" />
        <source>Revert to saved</source>
        <translation>Terug naar opgeslagen versie</translation>
    </message>
    <message>
        <location filename="../files.py" line="321" />
        <source>Discard your changes to “{0}” and go back to the saved file?</source>
        <translation>Je wijzigingen in “{0}” weggooien en teruggaan naar het opgeslagen bestand?</translation>
    </message>
    <message>
        <location filename="../files.py" line="322" />
        <source>Discard Changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <location filename="../files.py" line="334" />
        <location filename="../files.py" line="337" />
        <source>Cannot reload</source>
        <translation>Opnieuw laden lukt niet</translation>
    </message>
    <message>
        <location filename="../files.py" line="356" />
        <source>Save Map As</source>
        <translation>Kaart opslaan als</translation>
    </message>
    <message>
        <location filename="../files.py" line="364" />
        <source>Opened read-only</source>
        <translation>Alleen-lezen geopend</translation>
    </message>
    <message>
        <location filename="../files.py" line="365" />
        <source>“{0}” is open read-only because someone else has it open. Save your map under another name.</source>
        <translation>“{0}” is alleen-lezen geopend omdat iemand anders het open heeft. Sla je kaart op onder een andere naam.</translation>
    </message>
    <message>
        <location filename="../files.py" line="373" />
        <source>File in use</source>
        <translation>Bestand in gebruik</translation>
    </message>
    <message>
        <location filename="../files.py" line="374" />
        <source>“{0}” is opened by {1} on {2} since {3}. Choose another name.</source>
        <translation>“{0}” is geopend door {1} op {2} sinds {3}. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../files.py" line="397" />
        <source>Could not save</source>
        <translation>Opslaan mislukt</translation>
    </message>
    <message>
        <location filename="../files.py" line="398" />
        <source>Your map is still open with all its changes. Try Save As to put it somewhere else.</source>
        <translation>Je kaart is nog open, met al je wijzigingen. Gebruik ‘Opslaan als’ om hem ergens anders op te slaan.</translation>
    </message>
    <message>
        <location filename="../files.py" line="458" />
        <source>“{0}” was changed on disk by someone else.</source>
        <translation>“{0}” is op schijf gewijzigd door iemand anders.</translation>
    </message>
    <message>
        <location filename="../files.py" line="459" />
        <source>Saving now would overwrite their changes. Reload their version, keep yours under another name, or compare the two.</source>
        <translation>Als je nu opslaat, overschrijf je hun wijzigingen. Laad hun versie opnieuw, bewaar de jouwe onder een andere naam of vergelijk de twee.</translation>
    </message>
    <message>
        <location filename="../files.py" line="461" />
        <source>Reload their version, keep yours under another name, or compare the two.</source>
        <translation>Laad hun versie opnieuw, bewaar de jouwe onder een andere naam of vergelijk de twee.</translation>
    </message>
    <message>
        <location filename="../files.py" line="462" />
        <source>File changed on disk</source>
        <translation>Bestand op schijf gewijzigd</translation>
    </message>
    <message>
        <location filename="../files.py" line="463" />
        <source>Keep Mine (Save As…)</source>
        <translation>De mijne bewaren (Opslaan als…)</translation>
    </message>
    <message>
        <location filename="../files.py" line="464" />
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../files.py" line="465" />
        <source>Compare…</source>
        <translation>Vergelijken…</translation>
    </message>
    <message>
        <location filename="../files.py" line="466" />
        <source>Not Now</source>
        <translation>Nu niet</translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../gallery.py" line="145" />
        <source>New Map</source>
        <translation>Nieuwe kaart</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="149" />
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="166" />
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="171" />
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="191" />
        <source>Example: {0}</source>
        <translation>Voorbeeld: {0}</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="166" />
        <location filename="../export_dialog.py" line="236" />
        <source>Export PDF</source>
        <extracomment>Paper sizes in millimetres, portrait (width, height).</extracomment>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="174" />
        <source>Landscape</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="175" />
        <source>Portrait</source>
        <translation>Staand</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="176" />
        <source>Fit the map on one page</source>
        <translation>Kaart passend maken op één pagina</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="177" />
        <source>Poster, cut into pages, of size</source>
        <translation>Poster, verdeeld over pagina's, op formaat</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="186" />
        <source>A page for each persona</source>
        <translation>Een pagina per persona</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="188" />
        <source>A page of findings from the checks</source>
        <translation>Een pagina met bevindingen uit de controles</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="197" />
        <source>Page size:</source>
        <translation>Paginaformaat:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="198" />
        <source>Orientation:</source>
        <translation>Richting:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="205" />
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="231" />
        <source>%n page(s)</source>
        <translation><numerusform>%n pagina</numerusform><numerusform>%n pagina's</numerusform></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="238" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="246" />
        <source>Exporting PDF…</source>
        <translation>PDF wordt geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="248" />
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="248" />
        <source>Could not export the PDF.</source>
        <translation>De PDF kon niet worden geëxporteerd.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../prefs.py" line="29" />
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="38" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="46" />
        <source>The map's own folder</source>
        <translation>De eigen map van de kaart</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="47" />
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="52" />
        <source>A new language is used from the next start of jmap.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start van jmap.</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="58" />
        <source>Interface language:</source>
        <translation>Taal van het programma:</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="60" />
        <source>Autosave unsaved work every:</source>
        <translation>Niet-opgeslagen werk automatisch bewaren elke:</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="61" />
        <source>Default page size:</source>
        <translation>Standaard paginaformaat:</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="62" />
        <source>Default export folder:</source>
        <translation>Standaardmap voor export:</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="71" />
        <source>Default Export Folder</source>
        <translation>Standaardmap voor export</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <location filename="../windows.py" line="106" />
        <source>Made with a newer jmap</source>
        <translation>Gemaakt met een nieuwere jmap</translation>
    </message>
    <message>
        <location filename="../windows.py" line="107" />
        <source>“{0}” was saved by a newer version of jmap. Install the newest jmap to open it.</source>
        <translation>“{0}” is opgeslagen door een nieuwere versie van jmap. Installeer de nieuwste jmap om het te openen.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="111" />
        <location filename="../windows.py" line="115" />
        <source>Cannot open map</source>
        <translation>Kaart kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../windows.py" line="112" />
        <source>“{0}” cannot be opened.</source>
        <translation>“{0}” kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="121" />
        <source>… and {0} more</source>
        <translation>… en nog {0}</translation>
    </message>
    <message>
        <location filename="../windows.py" line="122" />
        <source>Problems in map</source>
        <translation>Problemen in de kaart</translation>
    </message>
    <message>
        <location filename="../windows.py" line="123" />
        <source>“{0}” has problems that jmap can repair by leaving things out:</source>
        <translation>“{0}” bevat problemen die jmap kan oplossen door iets weg te laten:</translation>
    </message>
    <message>
        <location filename="../windows.py" line="124" />
        <location filename="../windows.py" line="144" />
        <source>Open Anyway</source>
        <translation>Toch openen</translation>
    </message>
    <message>
        <location filename="../windows.py" line="125" />
        <location filename="../windows.py" line="145" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../windows.py" line="140" />
        <source>Map in use</source>
        <translation>Kaart in gebruik</translation>
    </message>
    <message>
        <location filename="../windows.py" line="141" />
        <source>“{0}” is opened by {1} on {2} since {3}.</source>
        <translation>“{0}” is geopend door {1} op {2} sinds {3}.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="143" />
        <source>Open Read-Only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../windows.py" line="147" />
        <source>If you both change it, one of you will have to save under another name.</source>
        <translation>Als jullie het allebei wijzigen, moet een van jullie onder een andere naam opslaan.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="161" />
        <source>a map that was never saved</source>
        <translation>een kaart die nooit is opgeslagen</translation>
    </message>
    <message>
        <location filename="../windows.py" line="162" />
        <source>Recover unsaved work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <location filename="../windows.py" line="163" />
        <source>jmap stopped before “{0}” was saved.</source>
        <translation>jmap stopte voordat “{0}” was opgeslagen.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="164" />
        <source>Recover</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../windows.py" line="165" />
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../windows.py" line="166" />
        <source>Decide Later</source>
        <translation>Later beslissen</translation>
    </message>
    <message>
        <location filename="../windows.py" line="167" />
        <source>Autosaved at {0} from {1}.</source>
        <translation>Automatisch bewaard om {0}, van {1}.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="180" />
        <source>Cannot recover</source>
        <translation>Herstellen lukt niet</translation>
    </message>
</context>
</TS>
