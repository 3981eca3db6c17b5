<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../files.py" line="69" />
        <source>Changes between the file on disk and your map</source>
        <translation>Διαφορές ανάμεσα στο αρχείο στον δίσκο και στον χάρτη σας</translation>
    </message>
    <message>
        <location filename="../files.py" line="72" />
        <source>{0} (on disk)</source>
        <translation>{0} (στον δίσκο)</translation>
    </message>
    <message>
        <location filename="../files.py" line="72" />
        <source>{0} (yours)</source>
        <translation>{0} (η δική σας έκδοση)</translation>
    </message>
    <message>
        <location filename="../files.py" line="73" />
        <source>The two versions are the same.</source>
        <translation>Οι δύο εκδόσεις είναι ίδιες.</translation>
    </message>
</context>
<context>
    <name>ExportImage</name>
    <message>
        <location filename="../export_dialog.py" line="294" />
        <source>PNG images (*.png)</source>
        <translation>Εικόνες PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="294" />
        <source>SVG drawings (*.svg)</source>
        <translation>Σχέδια SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="295" />
        <source>Export Image</source>
        <translation>Εξαγωγή εικόνας</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="304" />
        <source>Export failed</source>
        <translation>Η εξαγωγή απέτυχε</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="313" />
        <source>Print Map</source>
        <translation>Εκτύπωση χάρτη</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="319" />
        <source>Print failed</source>
        <translation>Η εκτύπωση απέτυχε</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="319" />
        <source>The printer could not be started.</source>
        <translation>Δεν ήταν δυνατή η εκκίνηση του εκτυπωτή.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../files.py" line="60" />
        <source>OK</source>
        <translation>Εντάξει</translation>
    </message>
    <message>
        <location filename="../files.py" line="143" />
        <source>Untitled</source>
        <extracomment>(window) after the window was allowed to close and its file released</extracomment>
        <translation>Χωρίς τίτλο</translation>
    </message>
    <message>
        <location filename="../files.py" line="146" />
        <source> (read-only)</source>
        <translation> (μόνο για ανάγνωση)</translation>
    </message>
    <message>
        <location filename="../files.py" line="190" />
        <source>&amp;New from Template…</source>
        <translation>&amp;Νέο από πρότυπο…</translation>
    </message>
    <message>
        <location filename="../files.py" line="191" />
        <source>New &amp;Window…</source>
        <translation>Νέο &amp;παράθυρο…</translation>
    </message>
    <message>
        <location filename="../files.py" line="192" />
        <source>&amp;Open…</source>
        <translation>Ά&amp;νοιγμα…</translation>
    </message>
    <message>
        <location filename="../files.py" line="193" />
        <source>Open &amp;Recent</source>
        <translation>Πρόσφατα &amp;αρχεία</translation>
    </message>
    <message>
        <location filename="../files.py" line="197" />
        <source>&amp;Save</source>
        <translation>Απο&amp;θήκευση</translation>
    </message>
    <message>
        <location filename="../files.py" line="198" />
        <source>Save &amp;As…</source>
        <translation>Αποθήκευση &amp;ως…</translation>
    </message>
    <message>
        <location filename="../files.py" line="199" />
        <source>Re&amp;vert to Saved</source>
        <translation>Επα&amp;ναφορά στην αποθηκευμένη έκδοση</translation>
    </message>
    <message>
        <location filename="../files.py" line="201" />
        <source>Export &amp;PDF…</source>
        <translation>Εξαγωγή &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../files.py" line="202" />
        <source>Export P&amp;NG…</source>
        <translation>Εξαγωγή P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../files.py" line="203" />
        <source>Export S&amp;VG…</source>
        <translation>Εξαγωγή S&amp;VG…</translation>
    </message>
    <message>
        <location filename="../files.py" line="204" />
        <source>&amp;Print…</source>
        <translation>Εκ&amp;τύπωση…</translation>
    </message>
    <message>
        <location filename="../files.py" line="206" />
        <source>Pre&amp;ferences…</source>
        <translation>Προ&amp;τιμήσεις…</translation>
    </message>
    <message>
        <location filename="../files.py" line="210" />
        <source>&amp;Close</source>
        <translation>&amp;Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../files.py" line="211" />
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <location filename="../files.py" line="225" />
        <source>&amp;Clear Menu</source>
        <translation>&amp;Εκκαθάριση λίστας</translation>
    </message>
    <message>
        <location filename="../files.py" line="240" />
        <source>Unsaved changes</source>
        <translation>Μη αποθηκευμένες αλλαγές</translation>
    </message>
    <message>
        <location filename="../files.py" line="241" />
        <source>Save the changes to “{0}” before closing it?</source>
        <translation>Να αποθηκευτούν οι αλλαγές στο «{0}» πριν κλείσει;</translation>
    </message>
    <message>
        <location filename="../files.py" line="242" />
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <location filename="../files.py" line="243" />
        <source>Don't Save</source>
        <translation>Χωρίς αποθήκευση</translation>
    </message>
    <message>
        <location filename="../files.py" line="244" />
        <location filename="../files.py" line="323" />
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location filename="../files.py" line="246" />
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation>Αν δεν αποθηκεύσετε, οι αλλαγές από την τελευταία αποθήκευση θα χαθούν.</translation>
    </message>
    <message>
        <location filename="../files.py" line="294" />
        <source>Open Map</source>
        <translation>Άνοιγμα χάρτη</translation>
    </message>
    <message>
        <location filename="../files.py" line="294" />
        <location filename="../files.py" line="356" />
        <source>jmap maps (*.jmap)</source>
        <translation>Χάρτες jmap (*.jmap)</translation>
    </message>
    <message>
        <location filename="../files.py" line="320" />
        <source>Revert to saved</source>
        <translation>Επαναφορά στην αποθηκευμένη έκδοση</translation>
    </message>
    <message>
        <location filename="../files.py" line="321" />
        <source>Discard your changes to “{0}” and go back to the saved file?</source>
        <translation>Να απορριφθούν οι αλλαγές στο «{0}» και να επανέλθει το αποθηκευμένο αρχείο;</translation>
    </message>
    <message>
        <location filename="../files.py" line="322" />
        <source>Discard Changes</source>
        <translation>Απόρριψη αλλαγών</translation>
    </message>
    <message>
        <location filename="../files.py" line="334" />
        <location filename="../files.py" line="337" />
        <source>Cannot reload</source>
        <translation>Αδύνατη η επαναφόρτωση</translation>
    </message>
    <message>
        <location filename="../files.py" line="356" />
        <source>Save Map As</source>
        <translation>Αποθήκευση χάρτη ως</translation>
    </message>
    <message>
        <location filename="../files.py" line="364" />
        <source>Opened read-only</source>
        <translation>Ανοιχτό μόνο για ανάγνωση</translation>
    </message>
    <message>
        <location filename="../files.py" line="365" />
        <source>“{0}” is open read-only because someone else has it open. Save your map under another name.</source>
        <translation>Το «{0}» είναι ανοιχτό μόνο για ανάγνωση, επειδή το έχει ανοιχτό κάποιος άλλος. Αποθηκεύστε τον χάρτη σας με άλλο όνομα.</translation>
    </message>
    <message>
        <location filename="../files.py" line="373" />
        <source>File in use</source>
        <translation>Το αρχείο χρησιμοποιείται</translation>
    </message>
    <message>
        <location filename="../files.py" line="374" />
        <source>“{0}” is opened by {1} on {2} since {3}. Choose another name.</source>
        <translation>Το «{0}» είναι ανοιχτό από {1} στον υπολογιστή {2} από τις {3}. Επιλέξτε άλλο όνομα.</translation>
    </message>
    <message>
        <location filename="../files.py" line="397" />
        <source>Could not save</source>
        <translation>Η αποθήκευση απέτυχε</translation>
    </message>
    <message>
        <location filename="../files.py" line="398" />
        <source>Your map is still open with all its changes. Try Save As to put it somewhere else.</source>
        <translation>Ο χάρτης σας παραμένει ανοιχτός με όλες τις αλλαγές. Χρησιμοποιήστε «Αποθήκευση ως» για να τον αποθηκεύσετε αλλού.</translation>
    </message>
    <message>
        <location filename="../files.py" line="458" />
        <source>“{0}” was changed on disk by someone else.</source>
        <translation>Το «{0}» άλλαξε στον δίσκο από κάποιον άλλον.</translation>
    </message>
    <message>
        <location filename="../files.py" line="459" />
        <source>Saving now would overwrite their changes. Reload their version, keep yours under another name, or compare the two.</source>
        <translation>Αν αποθηκεύσετε τώρα, θα χαθούν οι δικές τους αλλαγές. Φορτώστε ξανά τη δική τους έκδοση, κρατήστε τη δική σας με άλλο όνομα ή συγκρίνετε τις δύο.</translation>
    </message>
    <message>
        <location filename="../files.py" line="461" />
        <source>Reload their version, keep yours under another name, or compare the two.</source>
        <translation>Φορτώστε ξανά τη δική τους έκδοση, κρατήστε τη δική σας με άλλο όνομα ή συγκρίνετε τις δύο.</translation>
    </message>
    <message>
        <location filename="../files.py" line="462" />
        <source>File changed on disk</source>
        <translation>Το αρχείο άλλαξε στον δίσκο</translation>
    </message>
    <message>
        <location filename="../files.py" line="463" />
        <source>Keep Mine (Save As…)</source>
        <translation>Διατήρηση της δικής μου (Αποθήκευση ως…)</translation>
    </message>
    <message>
        <location filename="../files.py" line="464" />
        <source>Reload</source>
        <translation>Επαναφόρτωση</translation>
    </message>
    <message>
        <location filename="../files.py" line="465" />
        <source>Compare…</source>
        <translation>Σύγκριση…</translation>
    </message>
    <message>
        <location filename="../files.py" line="466" />
        <source>Not Now</source>
        <translation>Όχι τώρα</translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../gallery.py" line="145" />
        <source>New Map</source>
        <translation>Νέος χάρτης</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="149" />
        <source>All languages</source>
        <translation>Όλες οι γλώσσες</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="166" />
        <source>Create</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="171" />
        <source>Language:</source>
        <translation>Γλώσσα:</translation>
    </message>
    <message>
        <location filename="../gallery.py" line="191" />
        <source>Example: {0}</source>
        <translation>Παράδειγμα: {0}</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="166" />
        <location filename="../export_dialog.py" line="236" />
        <source>Export PDF</source>
        <extracomment>Paper sizes in millimetres, portrait (width, height).</extracomment>
        <translation>Εξαγωγή PDF</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="174" />
        <source>Landscape</source>
        <translation>Οριζόντιος</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="175" />
        <source>Portrait</source>
        <translation>Κατακόρυφος</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="176" />
        <source>Fit the map on one page</source>
        <translation>Προσαρμογή του χάρτη σε μία σελίδα</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="177" />
        <source>Poster, cut into pages, of size</source>
        <translation>Αφίσα, χωρισμένη σε σελίδες, μεγέθους</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="186" />
        <source>A page for each persona</source>
        <translation>Μία σελίδα για κάθε περσόνα</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="188" />
        <source>A page of findings from the checks</source>
        <translation>Μία σελίδα με τα ευρήματα των ελέγχων</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="197" />
        <source>Page size:</source>
        <translation>Μέγεθος σελίδας:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="198" />
        <source>Orientation:</source>
        <translation>Προσανατολισμός:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="205" />
        <source>Export…</source>
        <translation>Εξαγωγή…</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="231" />
        <source>%n page(s)</source>
        <translation><numerusform>%n σελίδα</numerusform><numerusform>%n σελίδες</numerusform></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="238" />
        <source>PDF files (*.pdf)</source>
        <translation>Αρχεία PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="246" />
        <source>Exporting PDF…</source>
        <translation>Γίνεται εξαγωγή PDF…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="248" />
        <source>Export failed</source>
        <translation>Η εξαγωγή απέτυχε</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="248" />
        <source>Could not export the PDF.</source>
        <translation>Δεν ήταν δυνατή η εξαγωγή του PDF.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../prefs.py" line="29" />
        <source>Preferences</source>
        <translation>Προτιμήσεις</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="38" />
        <source> s</source>
        <translation> δευτ.</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="46" />
        <source>The map's own folder</source>
        <translation>Ο φάκελος του χάρτη</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="47" />
        <source>Browse…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="52" />
        <source>A new language is used from the next start of jmap.</source>
        <translation>Η νέα γλώσσα θα ισχύσει από την επόμενη εκκίνηση του jmap.</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="58" />
        <source>Interface language:</source>
        <translation>Γλώσσα του προγράμματος:</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="60" />
        <source>Autosave unsaved work every:</source>
        <translation>Αυτόματη αποθήκευση της εργασίας κάθε:</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="61" />
        <source>Default page size:</source>
        <translation>Προεπιλεγμένο μέγεθος σελίδας:</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="62" />
        <source>Default export folder:</source>
        <translation>Προεπιλεγμένος φάκελος εξαγωγής:</translation>
    </message>
    <message>
        <location filename="../prefs.py" line="71" />
        <source>Default Export Folder</source>
        <translation>Προεπιλεγμένος φάκελος εξαγωγής</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <location filename="../windows.py" line="106" />
        <source>Made with a newer jmap</source>
        <translation>Δημιουργήθηκε με νεότερο jmap</translation>
    </message>
    <message>
        <location filename="../windows.py" line="107" />
        <source>“{0}” was saved by a newer version of jmap. Install the newest jmap to open it.</source>
        <translation>Το «{0}» αποθηκεύτηκε από νεότερη έκδοση του jmap. Εγκαταστήστε την πιο πρόσφατη έκδοση του jmap για να το ανοίξετε.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="111" />
        <location filename="../windows.py" line="115" />
        <source>Cannot open map</source>
        <translation>Αδύνατο το άνοιγμα του χάρτη</translation>
    </message>
    <message>
        <location filename="../windows.py" line="112" />
        <source>“{0}” cannot be opened.</source>
        <translation>Το «{0}» δεν μπορεί να ανοίξει.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="121" />
        <source>… and {0} more</source>
        <translation>… και {0} ακόμη</translation>
    </message>
    <message>
        <location filename="../windows.py" line="122" />
        <source>Problems in map</source>
        <translation>Προβλήματα στον χάρτη</translation>
    </message>
    <message>
        <location filename="../windows.py" line="123" />
        <source>“{0}” has problems that jmap can repair by leaving things out:</source>
        <translation>Το «{0}» έχει προβλήματα που το jmap μπορεί να διορθώσει παραλείποντας ορισμένα στοιχεία:</translation>
    </message>
    <message>
        <location filename="../windows.py" line="124" />
        <location filename="../windows.py" line="144" />
        <source>Open Anyway</source>
        <translation>Άνοιγμα παρ’ όλα αυτά</translation>
    </message>
    <message>
        <location filename="../windows.py" line="125" />
        <location filename="../windows.py" line="145" />
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <location filename="../windows.py" line="140" />
        <source>Map in use</source>
        <translation>Ο χάρτης χρησιμοποιείται</translation>
    </message>
    <message>
        <location filename="../windows.py" line="141" />
        <source>“{0}” is opened by {1} on {2} since {3}.</source>
        <translation>Το «{0}» είναι ανοιχτό από {1} στον υπολογιστή {2} από τις {3}.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="143" />
        <source>Open Read-Only</source>
        <translation>Άνοιγμα μόνο για ανάγνωση</translation>
    </message>
    <message>
        <location filename="../windows.py" line="147" />
        <source>If you both change it, one of you will have to save under another name.</source>
        <translation>Αν το αλλάξετε και οι δύο, ένας από εσάς θα πρέπει να το αποθηκεύσει με άλλο όνομα.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="161" />
        <source>a map that was never saved</source>
        <translation>έναν χάρτη που δεν αποθηκεύτηκε ποτέ</translation>
    </message>
    <message>
        <location filename="../windows.py" line="162" />
        <source>Recover unsaved work</source>
        <translation>Ανάκτηση μη αποθηκευμένης εργασίας</translation>
    </message>
    <message>
        <location filename="../windows.py" line="163" />
        <source>jmap stopped before “{0}” was saved.</source>
        <translation>Το jmap σταμάτησε πριν αποθηκευτεί το «{0}».</translation>
    </message>
    <message>
        <location filename="../windows.py" line="164" />
        <source>Recover</source>
        <translation>Ανάκτηση</translation>
    </message>
    <message>
        <location filename="../windows.py" line="165" />
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <location filename="../windows.py" line="166" />
        <source>Decide Later</source>
        <translation>Απόφαση αργότερα</translation>
    </message>
    <message>
        <location filename="../windows.py" line="167" />
        <source>Autosaved at {0} from {1}.</source>
        <translation>Αποθηκεύτηκε αυτόματα στις {0}, από {1}.</translation>
    </message>
    <message>
        <location filename="../windows.py" line="180" />
        <source>Cannot recover</source>
        <translation>Αδύνατη η ανάκτηση</translation>
    </message>
</context>
</TS>
