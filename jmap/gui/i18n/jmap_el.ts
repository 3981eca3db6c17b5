<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
    <context>
        <name>DiffDialog</name>
        <message>
            <location filename="../files.py" line="74" />
            <source>Changes between the file on disk and your map</source>
            <translation>Διαφορές ανάμεσα στο αρχείο στον δίσκο και στον χάρτη σας</translation>
        </message>
        <message>
            <location filename="../files.py" line="77" />
            <source>{0} (on disk)</source>
            <translation>{0} (στον δίσκο)</translation>
        </message>
        <message>
            <location filename="../files.py" line="77" />
            <source>{0} (yours)</source>
            <translation>{0} (η δική σας έκδοση)</translation>
        </message>
        <message>
            <location filename="../files.py" line="78" />
            <source>The two versions are the same.</source>
            <translation>Οι δύο εκδόσεις είναι ίδιες.</translation>
        </message>
        <message>
            <location filename="../files.py" line="83" />
            <source>Close</source>
            <translation>Κλείσιμο</translation>
        </message>
    </context>
    <context>
        <name>ExportImage</name>
        <message>
            <location filename="../export_dialog.py" line="322" />
            <source>PNG images (*.png)</source>
            <translation>Εικόνες PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="322" />
            <source>SVG drawings (*.svg)</source>
            <translation>Σχέδια SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="323" />
            <source>Export Image</source>
            <translation>Εξαγωγή εικόνας</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="332" />
            <source>Export failed</source>
            <translation>Η εξαγωγή απέτυχε</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="345" />
            <source>Print Map</source>
            <translation>Εκτύπωση χάρτη</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="351" />
            <source>Print failed</source>
            <translation>Η εκτύπωση απέτυχε</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="351" />
            <source>The printer could not be started.</source>
            <translation>Δεν ήταν δυνατή η εκκίνηση του εκτυπωτή.</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <location filename="../files.py" line="65" />
            <source>OK</source>
            <translation>Εντάξει</translation>
        </message>
        <message>
            <location filename="../files.py" line="149" />
            <source>Untitled</source>
            <extracomment>(window) after the window was allowed to close and its file released</extracomment>
            <translation>Χωρίς τίτλο</translation>
        </message>
        <message>
            <location filename="../files.py" line="158" />
            <source> (read-only)</source>
            <translation> (μόνο για ανάγνωση)</translation>
        </message>
        <message>
            <location filename="../files.py" line="205" />
            <source>&amp;New from Template…</source>
            <translation>&amp;Νέο από πρότυπο…</translation>
        </message>
        <message>
            <location filename="../files.py" line="206" />
            <source>New &amp;Window…</source>
            <translation>Νέο &amp;παράθυρο…</translation>
        </message>
        <message>
            <location filename="../files.py" line="207" />
            <source>&amp;Open…</source>
            <translation>Ά&amp;νοιγμα…</translation>
        </message>
        <message>
            <location filename="../files.py" line="208" />
            <source>Open &amp;Recent</source>
            <translation>Πρόσφατα &amp;αρχεία</translation>
        </message>
        <message>
            <location filename="../files.py" line="212" />
            <source>&amp;Save</source>
            <translation>Απο&amp;θήκευση</translation>
        </message>
        <message>
            <location filename="../files.py" line="213" />
            <source>Save &amp;As…</source>
            <translation>Αποθήκευση &amp;ως…</translation>
        </message>
        <message>
            <location filename="../files.py" line="214" />
            <source>Re&amp;vert to Saved</source>
            <translation>Επα&amp;ναφορά στην αποθηκευμένη έκδοση</translation>
        </message>
        <message>
            <location filename="../files.py" line="216" />
            <source>Export &amp;PDF…</source>
            <translation>Εξαγωγή &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../files.py" line="217" />
            <source>Export P&amp;NG…</source>
            <translation>Εξαγωγή P&amp;NG…</translation>
        </message>
        <message>
            <location filename="../files.py" line="218" />
            <source>Export S&amp;VG…</source>
            <translation>Εξαγωγή S&amp;VG…</translation>
        </message>
        <message>
            <location filename="../files.py" line="219" />
            <source>&amp;Print…</source>
            <translation>Εκ&amp;τύπωση…</translation>
        </message>
        <message>
            <location filename="../files.py" line="221" />
            <source>Pre&amp;ferences…</source>
            <translation>Προ&amp;τιμήσεις…</translation>
        </message>
        <message>
            <location filename="../files.py" line="225" />
            <source>&amp;Close</source>
            <translation>&amp;Κλείσιμο</translation>
        </message>
        <message>
            <location filename="../files.py" line="226" />
            <source>&amp;Quit</source>
            <translation>Έ&amp;ξοδος</translation>
        </message>
        <message>
            <location filename="../files.py" line="240" />
            <source>&amp;Clear Menu</source>
            <translation>&amp;Εκκαθάριση λίστας</translation>
        </message>
        <message>
            <location filename="../files.py" line="255" />
            <source>Unsaved changes</source>
            <translation>Μη αποθηκευμένες αλλαγές</translation>
        </message>
        <message>
            <location filename="../files.py" line="256" />
            <source>Save the changes to “{0}” before closing it?</source>
            <translation>Να αποθηκευτούν οι αλλαγές στο «{0}» πριν κλείσει;</translation>
        </message>
        <message>
            <location filename="../files.py" line="257" />
            <source>Save</source>
            <translation>Αποθήκευση</translation>
        </message>
        <message>
            <location filename="../files.py" line="258" />
            <source>Don't Save</source>
            <translation>Χωρίς αποθήκευση</translation>
        </message>
        <message>
            <location filename="../files.py" line="259" />
            <location filename="../files.py" line="338" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../files.py" line="261" />
            <source>If you don't save, your changes since the last save are lost.</source>
            <translation>Αν δεν αποθηκεύσετε, οι αλλαγές από την τελευταία αποθήκευση θα χαθούν.</translation>
        </message>
        <message>
            <location filename="../files.py" line="309" />
            <source>Open Map</source>
            <translation>Άνοιγμα χάρτη</translation>
        </message>
        <message>
            <location filename="../files.py" line="309" />
            <location filename="../files.py" line="370" />
            <source>jmap maps (*.jmap)</source>
            <translation>Χάρτες jmap (*.jmap)</translation>
        </message>
        <message>
            <location filename="../files.py" line="335" />
            <source>Revert to saved</source>
            <translation>Επαναφορά στην αποθηκευμένη έκδοση</translation>
        </message>
        <message>
            <location filename="../files.py" line="336" />
            <source>Discard your changes to “{0}” and go back to the saved file?</source>
            <translation>Να απορριφθούν οι αλλαγές στο «{0}» και να επανέλθει το αποθηκευμένο αρχείο;</translation>
        </message>
        <message>
            <location filename="../files.py" line="337" />
            <source>Discard Changes</source>
            <translation>Απόρριψη αλλαγών</translation>
        </message>
        <message>
            <location filename="../files.py" line="349" />
            <location filename="../files.py" line="352" />
            <source>Cannot reload</source>
            <translation>Αδύνατη η επαναφόρτωση</translation>
        </message>
        <message>
            <location filename="../files.py" line="370" />
            <source>Save Map As</source>
            <translation>Αποθήκευση χάρτη ως</translation>
        </message>
        <message>
            <location filename="../files.py" line="378" />
            <source>Opened read-only</source>
            <translation>Ανοιχτό μόνο για ανάγνωση</translation>
        </message>
        <message>
            <location filename="../files.py" line="379" />
            <source>“{0}” is open read-only because someone else has it open. Save your map under another name.</source>
            <translation>Το «{0}» είναι ανοιχτό μόνο για ανάγνωση, επειδή το έχει ανοιχτό κάποιος άλλος. Αποθηκεύστε τον χάρτη σας με άλλο όνομα.</translation>
        </message>
        <message>
            <location filename="../files.py" line="387" />
            <source>File in use</source>
            <translation>Το αρχείο χρησιμοποιείται</translation>
        </message>
        <message>
            <location filename="../files.py" line="388" />
            <source>“{0}” is opened by {1} on {2} since {3}. Choose another name.</source>
            <translation>Το «{0}» είναι ανοιχτό από {1} στον υπολογιστή {2} από τις {3}. Επιλέξτε άλλο όνομα.</translation>
        </message>
        <message>
            <location filename="../files.py" line="411" />
            <source>Could not save</source>
            <translation>Η αποθήκευση απέτυχε</translation>
        </message>
        <message>
            <location filename="../files.py" line="412" />
            <source>Your map is still open with all its changes. Try Save As to put it somewhere else.</source>
            <translation>Ο χάρτης σας παραμένει ανοιχτός με όλες τις αλλαγές. Χρησιμοποιήστε «Αποθήκευση ως» για να τον αποθηκεύσετε αλλού.</translation>
        </message>
        <message>
            <location filename="../files.py" line="472" />
            <source>“{0}” was changed on disk by someone else.</source>
            <translation>Το «{0}» άλλαξε στον δίσκο από κάποιον άλλον.</translation>
        </message>
        <message>
            <location filename="../files.py" line="473" />
            <source>Saving now would overwrite their changes. Reload their version, keep yours under another name, or compare the two.</source>
            <translation>Αν αποθηκεύσετε τώρα, θα χαθούν οι δικές τους αλλαγές. Φορτώστε ξανά τη δική τους έκδοση, κρατήστε τη δική σας με άλλο όνομα ή συγκρίνετε τις δύο.</translation>
        </message>
        <message>
            <location filename="../files.py" line="475" />
            <source>Reload their version, keep yours under another name, or compare the two.</source>
            <translation>Φορτώστε ξανά τη δική τους έκδοση, κρατήστε τη δική σας με άλλο όνομα ή συγκρίνετε τις δύο.</translation>
        </message>
        <message>
            <location filename="../files.py" line="476" />
            <source>File changed on disk</source>
            <translation>Το αρχείο άλλαξε στον δίσκο</translation>
        </message>
        <message>
            <location filename="../files.py" line="477" />
            <source>Keep Mine (Save As…)</source>
            <translation>Διατήρηση της δικής μου (Αποθήκευση ως…)</translation>
        </message>
        <message>
            <location filename="../files.py" line="478" />
            <source>Reload</source>
            <translation>Επαναφόρτωση</translation>
        </message>
        <message>
            <location filename="../files.py" line="479" />
            <source>Compare…</source>
            <translation>Σύγκριση…</translation>
        </message>
        <message>
            <location filename="../files.py" line="480" />
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
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../gallery.py" line="167" />
            <source>Create</source>
            <translation>Δημιουργία</translation>
        </message>
        <message>
            <location filename="../gallery.py" line="172" />
            <source>Language:</source>
            <translation>Γλώσσα:</translation>
        </message>
        <message>
            <location filename="../gallery.py" line="192" />
            <source>Example: {0}</source>
            <translation>Παράδειγμα: {0}</translation>
        </message>
    </context>
    <context>
        <name>PdfExportDialog</name>
        <message>
            <location filename="../export_dialog.py" line="184" />
            <location filename="../export_dialog.py" line="263" />
            <location filename="../export_dialog.py" line="273" />
            <source>Export PDF</source>
            <extracomment>PNG exports are drawn at 2× for sharp slides, but never wider or taller than this.</extracomment>
            <translation>Εξαγωγή PDF</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="194" />
            <source>Landscape</source>
            <translation>Οριζόντιος</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="195" />
            <source>Portrait</source>
            <translation>Κατακόρυφος</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="196" />
            <source>Fit the map on one page</source>
            <translation>Προσαρμογή του χάρτη σε μία σελίδα</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="197" />
            <source>Poster, cut into pages, of size</source>
            <translation>Αφίσα, χωρισμένη σε σελίδες, μεγέθους</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="206" />
            <source>A page for each persona</source>
            <translation>Μία σελίδα για κάθε περσόνα</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="208" />
            <source>A page of findings from the checks</source>
            <translation>Μία σελίδα με τα ευρήματα των ελέγχων</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="217" />
            <source>Page size:</source>
            <translation>Μέγεθος σελίδας:</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="218" />
            <source>Orientation:</source>
            <translation>Προσανατολισμός:</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="225" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="226" />
            <source>Export…</source>
            <translation>Εξαγωγή…</translation>
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="252" />
            <source>The map on %n sheet(s)</source>
            <translation>
                <numerusform>Ο χάρτης σε %n φύλλο</numerusform>
                <numerusform>Ο χάρτης σε %n φύλλα</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="254" />
            <source>Texts too long for their box continue at the end</source>
            <translation>Τα κείμενα που δεν χωρούν στο πλαίσιό τους συνεχίζονται στο τέλος</translation>
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="256" />
            <source>%n persona page(s)</source>
            <translation>
                <numerusform>%n σελίδα περσόνας</numerusform>
                <numerusform>%n σελίδες περσονών</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="258" />
            <source>Findings on A4 pages at the end</source>
            <translation>Ευρήματα σε σελίδες A4 στο τέλος</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation type="vanished">
                <numerusform>%n σελίδα</numerusform>
                <numerusform>%n σελίδες</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="265" />
            <source>PDF files (*.pdf)</source>
            <translation>Αρχεία PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="273" />
            <source>Exporting PDF…</source>
            <translation>Γίνεται εξαγωγή PDF…</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="276" />
            <source>Export failed</source>
            <translation>Η εξαγωγή απέτυχε</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="276" />
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
            <location filename="../prefs.py" line="64" />
            <source>OK</source>
            <translation>Εντάξει</translation>
        </message>
        <message>
            <location filename="../prefs.py" line="65" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../prefs.py" line="74" />
            <source>Default Export Folder</source>
            <translation>Προεπιλεγμένος φάκελος εξαγωγής</translation>
        </message>
    </context>
    <context>
        <name>WindowManager</name>
        <message>
            <location filename="../windows.py" line="110" />
            <source>Made with a newer jmap</source>
            <translation>Δημιουργήθηκε με νεότερο jmap</translation>
        </message>
        <message>
            <location filename="../windows.py" line="111" />
            <source>“{0}” was saved by a newer version of jmap. Install the newest jmap to open it.</source>
            <translation>Το «{0}» αποθηκεύτηκε από νεότερη έκδοση του jmap. Εγκαταστήστε την πιο πρόσφατη έκδοση του jmap για να το ανοίξετε.</translation>
        </message>
        <message>
            <location filename="../windows.py" line="117" />
            <location filename="../windows.py" line="121" />
            <source>Cannot open map</source>
            <translation>Αδύνατο το άνοιγμα του χάρτη</translation>
        </message>
        <message>
            <location filename="../windows.py" line="118" />
            <source>“{0}” cannot be opened.</source>
            <translation>Το «{0}» δεν μπορεί να ανοίξει.</translation>
        </message>
        <message>
            <location filename="../windows.py" line="127" />
            <source>… and {0} more</source>
            <translation>… και {0} ακόμη</translation>
        </message>
        <message>
            <location filename="../windows.py" line="128" />
            <source>Problems in map</source>
            <translation>Προβλήματα στον χάρτη</translation>
        </message>
        <message>
            <location filename="../windows.py" line="129" />
            <source>“{0}” has problems that jmap can repair by leaving things out:</source>
            <translation>Το «{0}» έχει προβλήματα που το jmap μπορεί να διορθώσει παραλείποντας ορισμένα στοιχεία:</translation>
        </message>
        <message>
            <location filename="../windows.py" line="130" />
            <location filename="../windows.py" line="150" />
            <source>Open Anyway</source>
            <translation>Άνοιγμα παρ’ όλα αυτά</translation>
        </message>
        <message>
            <location filename="../windows.py" line="131" />
            <location filename="../windows.py" line="151" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../windows.py" line="146" />
            <source>Map in use</source>
            <translation>Ο χάρτης χρησιμοποιείται</translation>
        </message>
        <message>
            <location filename="../windows.py" line="147" />
            <source>“{0}” is opened by {1} on {2} since {3}.</source>
            <translation>Το «{0}» είναι ανοιχτό από {1} στον υπολογιστή {2} από τις {3}.</translation>
        </message>
        <message>
            <location filename="../windows.py" line="149" />
            <source>Open Read-Only</source>
            <translation>Άνοιγμα μόνο για ανάγνωση</translation>
        </message>
        <message>
            <location filename="../windows.py" line="153" />
            <source>If you both change it, one of you will have to save under another name.</source>
            <translation>Αν το αλλάξετε και οι δύο, ένας από εσάς θα πρέπει να το αποθηκεύσει με άλλο όνομα.</translation>
        </message>
        <message>
            <location filename="../windows.py" line="167" />
            <source>a map that was never saved</source>
            <translation>έναν χάρτη που δεν αποθηκεύτηκε ποτέ</translation>
        </message>
        <message>
            <location filename="../windows.py" line="168" />
            <source>Recover unsaved work</source>
            <translation>Ανάκτηση μη αποθηκευμένης εργασίας</translation>
        </message>
        <message>
            <location filename="../windows.py" line="169" />
            <source>jmap stopped before “{0}” was saved.</source>
            <translation>Το jmap σταμάτησε πριν αποθηκευτεί το «{0}».</translation>
        </message>
        <message>
            <location filename="../windows.py" line="170" />
            <source>Recover</source>
            <translation>Ανάκτηση</translation>
        </message>
        <message>
            <location filename="../windows.py" line="171" />
            <source>Discard</source>
            <translation>Απόρριψη</translation>
        </message>
        <message>
            <location filename="../windows.py" line="172" />
            <source>Decide Later</source>
            <translation>Απόφαση αργότερα</translation>
        </message>
        <message>
            <location filename="../windows.py" line="173" />
            <source>Autosaved at {0} from {1}.</source>
            <translation>Αποθηκεύτηκε αυτόματα στις {0}, από {1}.</translation>
        </message>
        <message>
            <location filename="../windows.py" line="186" />
            <source>Cannot recover</source>
            <translation>Αδύνατη η ανάκτηση</translation>
        </message>
    </context>
    <context>
        <name>jmap</name>
        <message>
            <source>&amp;About jmap</source>
            <translation>&amp;Σχετικά με το jmap</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Πραγματικό μέγεθος</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Α&amp;ντιγραφή</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Διαγραφή</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Επεξεργασία</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Αρχείο</translation>
        </message>
        <message>
            <source>&amp;Fit map</source>
            <translation>&amp;Προσαρμογή χάρτη</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Βοήθεια</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Επικόλληση</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Ακύρωση α&amp;ναίρεσης</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Αναίρεση</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Προβολή</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(χωρίς όνομα)</translation>
        </message>
        <message>
            <source>About jmap</source>
            <translation>Σχετικά με το jmap</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Προσθήκη</translation>
        </message>
        <message>
            <source>Add &amp;lane</source>
            <translation>Προσθήκη &amp;λωρίδας</translation>
        </message>
        <message>
            <source>Add &amp;persona</source>
            <translation>Προσθήκη &amp;περσόνας</translation>
        </message>
        <message>
            <source>Add &amp;stage</source>
            <translation>Προσθήκη &amp;σταδίου</translation>
        </message>
        <message>
            <source>Add &amp;touchpoint</source>
            <translation>Προσθήκη σημείου &amp;επαφής</translation>
        </message>
        <message>
            <source>Add a stage and a touchpoints lane first.</source>
            <translation>Προσθέστε πρώτα ένα στάδιο και μια λωρίδα για σημεία επαφής.</translation>
        </message>
        <message>
            <source>Add a touchpoint card to the selected cell</source>
            <translation>Προσθήκη κάρτας σημείου επαφής στο επιλεγμένο κελί</translation>
        </message>
        <message>
            <source>Add note here</source>
            <translation>Προσθήκη σημείωσης εδώ</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Προσθήκη σταδίου</translation>
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation>Προσθήκη σημείου επαφής</translation>
        </message>
        <message>
            <source>Add touchpoint here</source>
            <translation>Προσθήκη σημείου επαφής εδώ</translation>
        </message>
        <message>
            <source>Cannot open map</source>
            <translation>Αδύνατο το άνοιγμα του χάρτη</translation>
        </message>
        <message>
            <source>Change feeling</source>
            <translation>Αλλαγή συναισθήματος</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>Επιλέξτε χρώμα</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Επιλογή…</translation>
        </message>
        <message>
            <source>Clear colour</source>
            <translation>Κατάργηση χρώματος</translation>
        </message>
        <message>
            <source>Colour…</source>
            <translation>Χρώμα…</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Κάλυψη</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Απο&amp;κοπή</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Αποκοπή</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>Δημιουργία αντι&amp;γράφου</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <source>Delete lane</source>
            <translation>Διαγραφή λωρίδας</translation>
        </message>
        <message>
            <source>Delete lane and its content</source>
            <translation>Διαγραφή της λωρίδας και του περιεχομένου της</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Διαγραφή σταδίου</translation>
        </message>
        <message>
            <source>Delete stage and its content</source>
            <translation>Διαγραφή του σταδίου και του περιεχομένου του</translation>
        </message>
        <message>
            <source>Delete touchpoint</source>
            <translation>Διαγραφή σημείου επαφής</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Αντίγραφο</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Επεξεργασία</translation>
        </message>
        <message>
            <source>Edit comment</source>
            <translation>Επεξεργασία σχολίου</translation>
        </message>
        <message>
            <source>Edit flow</source>
            <translation>Επεξεργασία ροής</translation>
        </message>
        <message>
            <source>Edit label</source>
            <translation>Επεξεργασία ετικέτας</translation>
        </message>
        <message>
            <source>Edit map details</source>
            <translation>Επεξεργασία στοιχείων χάρτη</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Επεξεργασία σημείωσης</translation>
        </message>
        <message>
            <source>Edit persona</source>
            <translation>Επεξεργασία περσόνας</translation>
        </message>
        <message>
            <source>Edit title</source>
            <translation>Επεξεργασία τίτλου</translation>
        </message>
        <message>
            <source>Edit touchpoint</source>
            <translation>Επεξεργασία σημείου επαφής</translation>
        </message>
        <message>
            <source>Edit {what}</source>
            <translation>Επεξεργασία: {what}</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Προσαρμογή</translation>
        </message>
        <message>
            <source>Insert lane below</source>
            <translation>Εισαγωγή λωρίδας από κάτω</translation>
        </message>
        <message>
            <source>Insert stage after</source>
            <translation>Εισαγωγή σταδίου μετά</translation>
        </message>
        <message>
            <source>Insert stage before</source>
            <translation>Εισαγωγή σταδίου πριν</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Ιδιότητες</translation>
        </message>
        <message>
            <source>Journey starts here</source>
            <translation>Η διαδρομή ξεκινά εδώ</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Χάρτης</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Μετακίνηση</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Μετακίνηση κάτω</translation>
        </message>
        <message>
            <source>Move left</source>
            <translation>Μετακίνηση αριστερά</translation>
        </message>
        <message>
            <source>Move right</source>
            <translation>Μετακίνηση δεξιά</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Μετακίνηση πάνω</translation>
        </message>
        <message>
            <source>Must be filled in every stage</source>
            <translation>Πρέπει να συμπληρωθεί σε κάθε στάδιο</translation>
        </message>
        <message>
            <source>New lane</source>
            <translation>Νέα λωρίδα</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation>Νέα περσόνα</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>Νέο στάδιο</translation>
        </message>
        <message>
            <source>No gaps found.</source>
            <translation>Δεν βρέθηκαν κενά.</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Επικόλληση</translation>
        </message>
        <message>
            <source>Persona colour</source>
            <translation>Χρώμα περσόνας</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>Περσόνες</translation>
        </message>
        <message>
            <source>Recolour lane</source>
            <translation>Αλλαγή χρώματος λωρίδας</translation>
        </message>
        <message>
            <source>Recolour stage</source>
            <translation>Αλλαγή χρώματος σταδίου</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Αφαίρεση</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Μετονομασία</translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Μετονομασία λωρίδας</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Μετονομασία σταδίου</translation>
        </message>
        <message>
            <source>Rename touchpoint</source>
            <translation>Μετονομασία σημείου επαφής</translation>
        </message>
        <message>
            <source>Reorder</source>
            <translation>Αλλαγή σειράς</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>Επιλογή ό&amp;λων</translation>
        </message>
        <message>
            <source>Set feeling here</source>
            <translation>Ορισμός συναισθήματος εδώ</translation>
        </message>
        <message>
            <source>The coverage check failed: {error}</source>
            <translation>Ο έλεγχος κάλυψης απέτυχε: {error}</translation>
        </message>
        <message>
            <source>Tick to show this persona's emotion curve; double-click to rename.</source>
            <translation>Επιλέξτε για να εμφανιστεί η καμπύλη συναισθήματος αυτής της περσόνας· διπλό κλικ για μετονομασία.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Χωρίς τίτλο</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Μεγέθυνση</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Σ&amp;μίκρυνση</translation>
        </message>
        <message>
            <source>jmap {version}: customer-journey maps for workshops.</source>
            <translation>jmap {version}: χάρτες διαδρομής πελάτη για εργαστήρια.</translation>
        </message>
        <message>
            <source>line of interaction</source>
            <translation>γραμμή αλληλεπίδρασης</translation>
        </message>
        <message>
            <source>line of internal interaction</source>
            <translation>γραμμή εσωτερικής αλληλεπίδρασης</translation>
        </message>
        <message>
            <source>line of visibility</source>
            <translation>γραμμή ορατότητας</translation>
        </message>
        <message>
            <source>required</source>
            <translation>υποχρεωτικό</translation>
        </message>
        <message>
            <source>{e} errors, {w} warnings, {i} notes — click one to show it.</source>
            <translation>{e} σφάλματα, {w} προειδοποιήσεις, {i} σημειώσεις — κάντε κλικ σε ένα για να εμφανιστεί.</translation>
        </message>
    </context>
</TS>
