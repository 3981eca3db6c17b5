<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
    <context>
        <name>DiffDialog</name>
        <message>
            <location filename="../files/dialogs.py" line="80" />
            <source>Changes between the file on disk and your map</source>
            <translation>Διαφορές ανάμεσα στο αρχείο στον δίσκο και στον χάρτη σας</translation>
        </message>
        <message>
            <location filename="../files/dialogs.py" line="83" />
            <source>{0} (on disk)</source>
            <translation>{0} (στον δίσκο)</translation>
        </message>
        <message>
            <location filename="../files/dialogs.py" line="83" />
            <source>{0} (yours)</source>
            <translation>{0} (η δική σας έκδοση)</translation>
        </message>
        <message>
            <location filename="../files/dialogs.py" line="84" />
            <source>The two versions are the same.</source>
            <translation>Οι δύο εκδόσεις είναι ίδιες.</translation>
        </message>
        <message>
            <location filename="../files/dialogs.py" line="89" />
            <source>Close</source>
            <translation>Κλείσιμο</translation>
        </message>
    </context>
    <context>
        <name>ExportImage</name>
        <message>
            <location filename="../files/export_dialog.py" line="329" />
            <source>PNG images (*.png)</source>
            <translation>Εικόνες PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="329" />
            <source>SVG drawings (*.svg)</source>
            <translation>Σχέδια SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="330" />
            <location filename="../files/export_dialog.py" line="341" />
            <source>Export Image</source>
            <translation>Εξαγωγή εικόνας</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="342" />
            <source>Exporting image…</source>
            <translation>Εξαγωγή εικόνας…</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="344" />
            <source>Export failed</source>
            <translation>Η εξαγωγή απέτυχε</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="358" />
            <source>Print Map</source>
            <translation>Εκτύπωση χάρτη</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="364" />
            <source>Print failed</source>
            <translation>Η εκτύπωση απέτυχε</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="364" />
            <source>The printer could not be started.</source>
            <translation>Δεν ήταν δυνατή η εκκίνηση του εκτυπωτή.</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <location filename="../files/dialogs.py" line="71" />
            <source>OK</source>
            <translation>Εντάξει</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="82" />
            <location filename="../files/saving.py" line="81" />
            <source>Untitled</source>
            <extracomment>(window) after the window was allowed to close and its file released of the map those bytes hold, as jmap writes it (None: unknown, compare bytes only)</extracomment>
            <translation>Χωρίς τίτλο</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="89" />
            <source> (read-only)</source>
            <translation> (μόνο για ανάγνωση)</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="114" />
            <source>&amp;New from Template…</source>
            <translation>&amp;Νέο από πρότυπο…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="115" />
            <source>New &amp;Window…</source>
            <translation>Νέο &amp;παράθυρο…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="116" />
            <source>&amp;Open…</source>
            <translation>Ά&amp;νοιγμα…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="117" />
            <source>Open &amp;Recent</source>
            <translation>Πρόσφατα &amp;αρχεία</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="121" />
            <source>&amp;Save</source>
            <translation>Απο&amp;θήκευση</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="122" />
            <source>Save &amp;As…</source>
            <translation>Αποθήκευση &amp;ως…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="123" />
            <source>Re&amp;vert to Saved</source>
            <translation>Επα&amp;ναφορά στην αποθηκευμένη έκδοση</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="125" />
            <source>Export &amp;PDF…</source>
            <translation>Εξαγωγή &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="126" />
            <source>Export P&amp;NG…</source>
            <translation>Εξαγωγή P&amp;NG…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="127" />
            <source>Export S&amp;VG…</source>
            <translation>Εξαγωγή S&amp;VG…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="128" />
            <source>&amp;Print…</source>
            <translation>Εκ&amp;τύπωση…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="130" />
            <source>Pre&amp;ferences…</source>
            <translation>Προ&amp;τιμήσεις…</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="134" />
            <source>&amp;Close</source>
            <translation>&amp;Κλείσιμο</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="135" />
            <source>&amp;Quit</source>
            <translation>Έ&amp;ξοδος</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="149" />
            <source>&amp;Clear Menu</source>
            <translation>&amp;Εκκαθάριση λίστας</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="28" />
            <source>Unsaved changes</source>
            <translation>Μη αποθηκευμένες αλλαγές</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="29" />
            <source>Save the changes to “{0}” before closing it?</source>
            <translation>Να αποθηκευτούν οι αλλαγές στο «{0}» πριν κλείσει;</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="31" />
            <source>Save</source>
            <translation>Αποθήκευση</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="32" />
            <source>Don't Save</source>
            <translation>Χωρίς αποθήκευση</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="33" />
            <location filename="../files/saving.py" line="53" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="35" />
            <source>If you don't save, your changes since the last save are lost.</source>
            <translation>Αν δεν αποθηκεύσετε, οι αλλαγές από την τελευταία αποθήκευση θα χαθούν.</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="196" />
            <source>Open Map</source>
            <translation>Άνοιγμα χάρτη</translation>
        </message>
        <message>
            <location filename="../files/controller.py" line="196" />
            <location filename="../files/saving.py" line="84" />
            <source>jmap maps (*.jmap)</source>
            <translation>Χάρτες jmap (*.jmap)</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="47" />
            <source>Revert to saved</source>
            <translation>Επαναφορά στην αποθηκευμένη έκδοση</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="48" />
            <source>Discard your changes to “{0}” and go back to the saved file?</source>
            <translation>Να απορριφθούν οι αλλαγές στο «{0}» και να επανέλθει το αποθηκευμένο αρχείο;</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="51" />
            <source>Discard Changes</source>
            <translation>Απόρριψη αλλαγών</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="65" />
            <source>Cannot reload</source>
            <translation>Αδύνατη η επαναφόρτωση</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="83" />
            <source>Save Map As</source>
            <translation>Αποθήκευση χάρτη ως</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="92" />
            <source>Opened read-only</source>
            <translation>Ανοιχτό μόνο για ανάγνωση</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="93" />
            <source>“{0}” is open read-only because someone else has it open. Save your map under another name.</source>
            <translation>Το «{0}» είναι ανοιχτό μόνο για ανάγνωση, επειδή το έχει ανοιχτό κάποιος άλλος. Αποθηκεύστε τον χάρτη σας με άλλο όνομα.</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="101" />
            <source>File in use</source>
            <translation>Το αρχείο χρησιμοποιείται</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="102" />
            <source>“{0}” is opened by {1} on {2} since {3}. Choose another name.</source>
            <translation>Το «{0}» είναι ανοιχτό από {1} στον υπολογιστή {2} από τις {3}. Επιλέξτε άλλο όνομα.</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="127" />
            <source>Could not save</source>
            <translation>Η αποθήκευση απέτυχε</translation>
        </message>
        <message>
            <location filename="../files/saving.py" line="128" />
            <source>Your map is still open with all its changes. Try Save As to put it somewhere else.</source>
            <translation>Ο χάρτης σας παραμένει ανοιχτός με όλες τις αλλαγές. Χρησιμοποιήστε «Αποθήκευση ως» για να τον αποθηκεύσετε αλλού.</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="75" />
            <source>“{0}” was changed on disk by someone else.</source>
            <translation>Το «{0}» άλλαξε στον δίσκο από κάποιον άλλον.</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="77" />
            <source>Saving now would overwrite their changes. Reload their version, keep yours under another name, or compare the two.</source>
            <translation>Αν αποθηκεύσετε τώρα, θα χαθούν οι δικές τους αλλαγές. Φορτώστε ξανά τη δική τους έκδοση, κρατήστε τη δική σας με άλλο όνομα ή συγκρίνετε τις δύο.</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="79" />
            <source>Reload their version, keep yours under another name, or compare the two.</source>
            <translation>Φορτώστε ξανά τη δική τους έκδοση, κρατήστε τη δική σας με άλλο όνομα ή συγκρίνετε τις δύο.</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="81" />
            <source>File changed on disk</source>
            <translation>Το αρχείο άλλαξε στον δίσκο</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="82" />
            <source>Keep Mine (Save As…)</source>
            <translation>Διατήρηση της δικής μου (Αποθήκευση ως…)</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="84" />
            <source>Reload</source>
            <translation>Επαναφόρτωση</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="85" />
            <source>Compare…</source>
            <translation>Σύγκριση…</translation>
        </message>
        <message>
            <location filename="../files/watching.py" line="86" />
            <source>Not Now</source>
            <translation>Όχι τώρα</translation>
        </message>
    </context>
    <context>
        <name>GalleryDialog</name>
        <message>
            <location filename="../files/gallery.py" line="145" />
            <source>New Map</source>
            <translation>Νέος χάρτης</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="151" />
            <source>All languages</source>
            <extracomment>a map to open instead of a new one (Open… or a recent map), set on accept</extracomment>
            <translation>Όλες οι γλώσσες</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="171" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="172" />
            <source>Create</source>
            <translation>Δημιουργία</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="177" />
            <source>Language:</source>
            <translation>Γλώσσα:</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="212" />
            <source>Example: {0}</source>
            <translation>Παράδειγμα: {0}</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="168" />
            <source>Open…</source>
            <translation>Άνοιγμα…</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="194" />
            <source>Recent maps (double-click to open):</source>
            <translation>Πρόσφατοι χάρτες (διπλό κλικ για άνοιγμα):</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="234" />
            <source>Open Map</source>
            <translation>Άνοιγμα χάρτη</translation>
        </message>
        <message>
            <location filename="../files/gallery.py" line="234" />
            <source>Journey maps (*.jmap)</source>
            <translation>Χάρτες διαδρομής (*.jmap)</translation>
        </message>
    </context>
    <context>
        <name>PdfExportDialog</name>
        <message>
            <location filename="../files/export_dialog.py" line="183" />
            <location filename="../files/export_dialog.py" line="301" />
            <location filename="../files/export_dialog.py" line="311" />
            <source>Export PDF</source>
            <translation>Εξαγωγή PDF</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="197" />
            <source>Landscape</source>
            <translation>Οριζόντιος</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="198" />
            <source>Portrait</source>
            <translation>Κατακόρυφος</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="199" />
            <source>Fit the map on one page</source>
            <translation>Προσαρμογή του χάρτη σε μία σελίδα</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="200" />
            <source>Poster, cut into pages, of size</source>
            <translation>Αφίσα, χωρισμένη σε σελίδες, μεγέθους</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="209" />
            <source>A page for each persona</source>
            <translation>Μία σελίδα για κάθε περσόνα</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="211" />
            <source>A page of findings from the checks</source>
            <translation>Μία σελίδα με τα ευρήματα των ελέγχων</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="224" />
            <source>Page size:</source>
            <translation>Μέγεθος σελίδας:</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="225" />
            <source>Orientation:</source>
            <translation>Προσανατολισμός:</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="233" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="234" />
            <source>Export…</source>
            <translation>Εξαγωγή…</translation>
        </message>
        <message numerus="yes">
            <location filename="../files/export_dialog.py" line="290" />
            <source>The map on %n sheet(s)</source>
            <translation>
                <numerusform>Ο χάρτης σε %n φύλλο</numerusform>
                <numerusform>Ο χάρτης σε %n φύλλα</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="292" />
            <source>Texts too long for their box continue at the end</source>
            <translation>Τα κείμενα που δεν χωρούν στο πλαίσιό τους συνεχίζονται στο τέλος</translation>
        </message>
        <message numerus="yes">
            <location filename="../files/export_dialog.py" line="294" />
            <source>%n persona page(s)</source>
            <translation>
                <numerusform>%n σελίδα περσόνας</numerusform>
                <numerusform>%n σελίδες περσονών</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="296" />
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
            <location filename="../files/export_dialog.py" line="303" />
            <source>PDF files (*.pdf)</source>
            <translation>Αρχεία PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="311" />
            <source>Exporting PDF…</source>
            <translation>Γίνεται εξαγωγή PDF…</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="314" />
            <source>Export failed</source>
            <translation>Η εξαγωγή απέτυχε</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="314" />
            <source>Could not export the PDF.</source>
            <translation>Δεν ήταν δυνατή η εξαγωγή του PDF.</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="191" />
            <source>Smallest legible paper</source>
            <translation>Μικρότερο ευανάγνωστο χαρτί</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="196" />
            <source>Automatic</source>
            <translation>Αυτόματος</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="213" />
            <source>Flow labels</source>
            <translation>Ετικέτες ροών</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="288" />
            <source>Prints on {0} landscape</source>
            <translation>Εκτυπώνεται σε {0} οριζόντια</translation>
        </message>
        <message>
            <location filename="../files/export_dialog.py" line="289" />
            <source>Prints on {0} portrait</source>
            <translation>Εκτυπώνεται σε {0} κατακόρυφα</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../app/prefs.py" line="29" />
            <source>Preferences</source>
            <translation>Προτιμήσεις</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="38" />
            <source> s</source>
            <translation> δευτ.</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="46" />
            <source>The map's own folder</source>
            <translation>Ο φάκελος του χάρτη</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="47" />
            <source>Browse…</source>
            <translation>Αναζήτηση…</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="52" />
            <source>A new language is used from the next start of jmap.</source>
            <translation>Η νέα γλώσσα θα ισχύσει από την επόμενη εκκίνηση του jmap.</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="57" />
            <source>Interface language:</source>
            <translation>Γλώσσα του προγράμματος:</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="58" />
            <source>Autosave unsaved work every:</source>
            <translation>Αυτόματη αποθήκευση της εργασίας κάθε:</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="59" />
            <source>Default page size:</source>
            <translation>Προεπιλεγμένο μέγεθος σελίδας:</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="60" />
            <source>Default export folder:</source>
            <translation>Προεπιλεγμένος φάκελος εξαγωγής:</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="62" />
            <source>OK</source>
            <translation>Εντάξει</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="63" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../app/prefs.py" line="78" />
            <source>Default Export Folder</source>
            <translation>Προεπιλεγμένος φάκελος εξαγωγής</translation>
        </message>
    </context>
    <context>
        <name>WindowManager</name>
        <message>
            <location filename="../app/windows.py" line="123" />
            <source>Made with a newer jmap</source>
            <extracomment>True once asked to end without a user (SIGTERM): start-up shows nothing more</extracomment>
            <translation>Δημιουργήθηκε με νεότερο jmap</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="124" />
            <source>“{0}” was saved by a newer version of jmap. Install the newest jmap to open it.</source>
            <translation>Το «{0}» αποθηκεύτηκε από νεότερη έκδοση του jmap. Εγκαταστήστε την πιο πρόσφατη έκδοση του jmap για να το ανοίξετε.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="130" />
            <location filename="../app/windows.py" line="207" />
            <source>Cannot open map</source>
            <translation>Αδύνατο το άνοιγμα του χάρτη</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="131" />
            <location filename="../app/windows.py" line="207" />
            <source>“{0}” cannot be opened.</source>
            <translation>Το «{0}» δεν μπορεί να ανοίξει.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="137" />
            <source>… and {0} more</source>
            <translation>… και {0} ακόμη</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="138" />
            <source>Problems in map</source>
            <translation>Προβλήματα στον χάρτη</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="139" />
            <source>“{0}” has problems that jmap can repair by leaving things out:</source>
            <translation>Το «{0}» έχει προβλήματα που το jmap μπορεί να διορθώσει παραλείποντας ορισμένα στοιχεία:</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="140" />
            <location filename="../app/windows.py" line="160" />
            <source>Open Anyway</source>
            <translation>Άνοιγμα παρ’ όλα αυτά</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="141" />
            <location filename="../app/windows.py" line="161" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="156" />
            <source>Map in use</source>
            <translation>Ο χάρτης χρησιμοποιείται</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="157" />
            <source>“{0}” is opened by {1} on {2} since {3}.</source>
            <translation>Το «{0}» είναι ανοιχτό από {1} στον υπολογιστή {2} από τις {3}.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="159" />
            <source>Open Read-Only</source>
            <translation>Άνοιγμα μόνο για ανάγνωση</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="163" />
            <source>If you both change it, one of you will have to save under another name.</source>
            <translation>Αν το αλλάξετε και οι δύο, ένας από εσάς θα πρέπει να το αποθηκεύσει με άλλο όνομα.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="179" />
            <source>a map that was never saved</source>
            <translation>έναν χάρτη που δεν αποθηκεύτηκε ποτέ</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="180" />
            <source>Recover unsaved work</source>
            <translation>Ανάκτηση μη αποθηκευμένης εργασίας</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="181" />
            <source>jmap stopped before “{0}” was saved.</source>
            <translation>Το jmap σταμάτησε πριν αποθηκευτεί το «{0}».</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="182" />
            <source>Recover</source>
            <translation>Ανάκτηση</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="183" />
            <source>Discard</source>
            <translation>Απόρριψη</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="184" />
            <source>Decide Later</source>
            <translation>Απόφαση αργότερα</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="185" />
            <source>Autosaved at {0} from {1}.</source>
            <translation>Αποθηκεύτηκε αυτόματα στις {0}, από {1}.</translation>
        </message>
        <message>
            <location filename="../app/windows.py" line="198" />
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
            <translation type="vanished">Αδύνατο το άνοιγμα του χάρτη</translation>
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
            <translation type="vanished">Επεξεργασία</translation>
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
            <translation type="vanished">Επεξεργασία: {what}</translation>
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
            <translation type="vanished">Μετακίνηση</translation>
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
            <translation type="vanished">Αλλαγή σειράς</translation>
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
            <translation type="vanished">γραμμή αλληλεπίδρασης</translation>
        </message>
        <message>
            <source>line of internal interaction</source>
            <translation type="vanished">γραμμή εσωτερικής αλληλεπίδρασης</translation>
        </message>
        <message>
            <source>line of visibility</source>
            <translation type="vanished">γραμμή ορατότητας</translation>
        </message>
        <message>
            <source>required</source>
            <translation>υποχρεωτικό</translation>
        </message>
        <message>
            <source>{e} errors, {w} warnings, {i} notes — click one to show it.</source>
            <translation type="vanished">{e} σφάλματα, {w} προειδοποιήσεις, {i} σημειώσεις — κάντε κλικ σε ένα για να εμφανιστεί.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n σφάλμα</numerusform>
                <numerusform>%n σφάλματα</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n παρατήρηση</numerusform>
                <numerusform>%n παρατηρήσεις</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n προειδοποίηση</numerusform>
                <numerusform>%n προειδοποιήσεις</numerusform>
            </translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Ενέργειες</translation>
        </message>
        <message>
            <source>Add a measure of this stage, such as a conversion rate or a waiting time</source>
            <translation>Προσθήκη ενός μέτρου για αυτό το στάδιο, όπως ποσοστό μετατροπής ή χρόνος αναμονής</translation>
        </message>
        <message>
            <source>Add blueprint line</source>
            <translation>Προσθήκη γραμμής σχεδιαγράμματος</translation>
        </message>
        <message>
            <source>Add emotion point</source>
            <translation>Προσθήκη σημείου συναισθήματος</translation>
        </message>
        <message>
            <source>Add flow</source>
            <translation>Προσθήκη ροής</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Προσθήκη λωρίδας</translation>
        </message>
        <message>
            <source>Add metric</source>
            <translation>Προσθήκη δείκτη</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Προσθήκη σημείωσης</translation>
        </message>
        <message>
            <source>Add persona</source>
            <translation>Προσθήκη περσόνας</translation>
        </message>
        <message>
            <source>Authors</source>
            <translation>Συντάκτες</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>Παρασκήνιο</translation>
        </message>
        <message>
            <source>Behaviours</source>
            <translation>Συμπεριφορές</translation>
        </message>
        <message>
            <source>Blueprint line</source>
            <translation>Γραμμή σχεδιαγράμματος</translation>
        </message>
        <message numerus="yes">
            <source>Change %n item(s)</source>
            <translation>
                <numerusform>Αλλαγή %n στοιχείου</numerusform>
                <numerusform>Αλλαγή %n στοιχείων</numerusform>
            </translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Κανάλι</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Κανάλια</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Χρώμα</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Σχόλιο</translation>
        </message>
        <message>
            <source>Customer actions</source>
            <translation>Ενέργειες πελάτη</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n blueprint line(s)</source>
            <translation>
                <numerusform>Διαγραφή γραμμής σχεδιαγράμματος</numerusform>
                <numerusform>Διαγραφή %n γραμμών σχεδιαγράμματος</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n emotion point(s)</source>
            <translation>
                <numerusform>Διαγραφή σημείου συναισθήματος</numerusform>
                <numerusform>Διαγραφή %n σημείων συναισθήματος</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n flow(s)</source>
            <translation>
                <numerusform>Διαγραφή ροής</numerusform>
                <numerusform>Διαγραφή %n ροών</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Διαγραφή %n στοιχείου</numerusform>
                <numerusform>Διαγραφή %n στοιχείων</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n lane(s)</source>
            <translation>
                <numerusform>Διαγραφή λωρίδας</numerusform>
                <numerusform>Διαγραφή %n λωρίδων</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n metric(s)</source>
            <translation>
                <numerusform>Διαγραφή δείκτη</numerusform>
                <numerusform>Διαγραφή %n δεικτών</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n note(s)</source>
            <translation>
                <numerusform>Διαγραφή σημείωσης</numerusform>
                <numerusform>Διαγραφή %n σημειώσεων</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n persona(s)</source>
            <translation>
                <numerusform>Διαγραφή περσόνας</numerusform>
                <numerusform>Διαγραφή %n περσονών</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n stage(s)</source>
            <translation>
                <numerusform>Διαγραφή σταδίου</numerusform>
                <numerusform>Διαγραφή %n σταδίων</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n touchpoint(s)</source>
            <translation>
                <numerusform>Διαγραφή σημείου επαφής</numerusform>
                <numerusform>Διαγραφή %n σημείων επαφής</numerusform>
            </translation>
        </message>
        <message>
            <source>Demographics</source>
            <translation>Δημογραφικά στοιχεία</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Περιγραφή</translation>
        </message>
        <message>
            <source>Edit blueprint line</source>
            <translation>Επεξεργασία γραμμής σχεδιαγράμματος</translation>
        </message>
        <message>
            <source>Edit emotion point</source>
            <translation>Επεξεργασία σημείου συναισθήματος</translation>
        </message>
        <message>
            <source>Edit lane</source>
            <translation>Επεξεργασία λωρίδας</translation>
        </message>
        <message>
            <source>Edit metric</source>
            <translation>Επεξεργασία δείκτη</translation>
        </message>
        <message>
            <source>Edit stage</source>
            <translation>Επεξεργασία σταδίου</translation>
        </message>
        <message>
            <source>Edit “{0}”</source>
            <translation>Επεξεργασία «{0}»</translation>
        </message>
        <message>
            <source>Emotion point</source>
            <translation>Σημείο συναισθήματος</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>Συναισθήματα</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Σημείο εισόδου</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Τεκμηρίωση</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Ροή</translation>
        </message>
        <message>
            <source>Frontstage</source>
            <translation>Προσκήνιο</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>Απογοητεύσεις</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Στόχοι</translation>
        </message>
        <message>
            <source>Ideas</source>
            <translation>Ιδέες</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Αντίκτυπος</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Σημασία</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Είδος</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Ετικέτα</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Λωρίδα</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Δείκτης</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Δείκτες</translation>
        </message>
        <message>
            <source>Motivations</source>
            <translation>Κίνητρα</translation>
        </message>
        <message numerus="yes">
            <source>Move %n item(s)</source>
            <translation>
                <numerusform>Μετακίνηση %n στοιχείου</numerusform>
                <numerusform>Μετακίνηση %n στοιχείων</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n note(s)</source>
            <translation>
                <numerusform>Μετακίνηση %n σημείωσης</numerusform>
                <numerusform>Μετακίνηση %n σημειώσεων</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n touchpoint(s)</source>
            <translation>
                <numerusform>Μετακίνηση %n σημείου επαφής</numerusform>
                <numerusform>Μετακίνηση %n σημείων επαφής</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <source>Name, e.g. Conversion rate</source>
            <translation>Όνομα, π.χ. Ποσοστό μετατροπής</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Ανάγκες</translation>
        </message>
        <message>
            <source>New metric</source>
            <translation>Νέος δείκτης</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Σημείωση</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Διαδικτυακά</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Ευκαιρίες</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Υπεύθυνος</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>Σημεία δυσφορίας</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n item(s)</source>
            <translation>
                <numerusform>Επικόλληση %n στοιχείου</numerusform>
                <numerusform>Επικόλληση %n στοιχείων</numerusform>
            </translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>Περσόνα</translation>
        </message>
        <message>
            <source>Physical evidence</source>
            <translation>Φυσικά τεκμήρια</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Καθοδηγητική ερώτηση</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Ερωτήματα</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Απόφθεγμα</translation>
        </message>
        <message>
            <source>Remove this metric</source>
            <translation>Αφαίρεση αυτού του δείκτη</translation>
        </message>
        <message>
            <source>Reorder lanes</source>
            <translation>Αλλαγή σειράς λωρίδων</translation>
        </message>
        <message>
            <source>Reorder personas</source>
            <translation>Αλλαγή σειράς περσονών</translation>
        </message>
        <message>
            <source>Reorder stages</source>
            <translation>Αλλαγή σειράς σταδίων</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Υποχρεωτικό</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ρόλος</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Από</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Στάδιο</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Υποστήριξη</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Προς</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Κείμενο</translation>
        </message>
        <message>
            <source>Thoughts</source>
            <translation>Σκέψεις</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Τίτλος</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>Σημείο επαφής</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>Σημεία επαφής</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Μονάδα</translation>
        </message>
        <message>
            <source>Unit, e.g. %</source>
            <translation>Μονάδα, π.χ. %</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Τιμή</translation>
        </message>
        <message>
            <source>Visible</source>
            <translation>Ορατή</translation>
        </message>
        <message>
            <source>ad</source>
            <translation>διαφήμιση</translation>
        </message>
        <message>
            <source>app</source>
            <translation>εφαρμογή</translation>
        </message>
        <message>
            <source>assumed</source>
            <translation>υποθετικό</translation>
        </message>
        <message>
            <source>chat</source>
            <translation>συνομιλία</translation>
        </message>
        <message>
            <source>email</source>
            <translation>email</translation>
        </message>
        <message>
            <source>event</source>
            <translation>εκδήλωση</translation>
        </message>
        <message>
            <source>interaction</source>
            <translation>αλληλεπίδραση</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>εσωτερική αλληλεπίδραση</translation>
        </message>
        <message>
            <source>mail</source>
            <translation>ταχυδρομείο</translation>
        </message>
        <message>
            <source>observed</source>
            <translation>παρατηρημένο</translation>
        </message>
        <message>
            <source>other</source>
            <translation>άλλο</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>τηλέφωνο</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>προτεινόμενο</translation>
        </message>
        <message>
            <source>search</source>
            <translation>αναζήτηση</translation>
        </message>
        <message>
            <source>social</source>
            <translation>κοινωνικά δίκτυα</translation>
        </message>
        <message>
            <source>store</source>
            <translation>κατάστημα</translation>
        </message>
        <message>
            <source>target</source>
            <translation>στόχος</translation>
        </message>
        <message>
            <source>visibility</source>
            <translation>ορατότητα</translation>
        </message>
        <message>
            <source>web</source>
            <translation>ιστός</translation>
        </message>
        <message>
            <source>“{0}” is not a number</source>
            <translation>Το «{0}» δεν είναι αριθμός</translation>
        </message>
        <message>
            <source>Target value</source>
            <translation>Τιμή-στόχος</translation>
        </message>
        <message>
            <source>entry</source>
            <translation>είσοδος</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>εκτός δικτύου</translation>
        </message>
        <message>
            <source>&amp;Clear votes</source>
            <translation>&amp;Εκκαθάριση ψήφων</translation>
        </message>
        <message>
            <source>&amp;Dot vote</source>
            <translation>&amp;Ψηφοφορία με τελείες</translation>
        </message>
        <message>
            <source>&amp;End vote</source>
            <translation>&amp;Τέλος ψηφοφορίας</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>&amp;Λειτουργία παρουσίασης</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Επαναφορά</translation>
        </message>
        <message>
            <source>&amp;Start or pause</source>
            <translation>&amp;Έναρξη ή παύση</translation>
        </message>
        <message>
            <source>&amp;Start vote…</source>
            <translation>&amp;Έναρξη ψηφοφορίας…</translation>
        </message>
        <message>
            <source>&amp;Timer</source>
            <translation>&amp;Χρονόμετρο</translation>
        </message>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;'s turn: {1} of {2} dots left</source>
            <translation>Σειρά του/της &lt;b&gt;{0}&lt;/b&gt;: απομένουν {1} από {2} τελείες</translation>
        </message>
        <message>
            <source>A number (4 gives P1 to P4) or names separated by commas</source>
            <translation>Ένας αριθμός (το 4 δίνει Σ1 έως Σ4) ή ονόματα χωρισμένα με κόμμα</translation>
        </message>
        <message>
            <source>Choose at least one kind of item to vote on.</source>
            <translation>Επιλέξτε τουλάχιστον ένα είδος στοιχείου για ψηφοφορία.</translation>
        </message>
        <message>
            <source>Clear votes</source>
            <translation>Εκκαθάριση ψήφων</translation>
        </message>
        <message>
            <source>Dot vote: {0}'s turn</source>
            <translation>Ψηφοφορία: σειρά του/της {0}</translation>
        </message>
        <message>
            <source>Dots per participant:</source>
            <translation>Τελείες ανά συμμετέχοντα:</translation>
        </message>
        <message>
            <source>End vote</source>
            <translation>Τέλος ψηφοφορίας</translation>
        </message>
        <message>
            <source>Give the number of participants or their names.</source>
            <translation>Δώστε τον αριθμό των συμμετεχόντων ή τα ονόματά τους.</translation>
        </message>
        <message>
            <source>Minutes for this step:</source>
            <translation>Λεπτά για αυτό το βήμα:</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Επόμενος ▶</translation>
        </message>
        <message>
            <source>No vote running. Start one to let participants place dots.</source>
            <translation>Δεν τρέχει ψηφοφορία. Ξεκινήστε μία για να βάλουν οι συμμετέχοντες τελείες.</translation>
        </message>
        <message>
            <source>Nothing in this stage yet.</source>
            <translation>Τίποτα σε αυτό το στάδιο ακόμη.</translation>
        </message>
        <message>
            <source>Nothing pasted: {0}</source>
            <translation>Δεν επικολλήθηκε τίποτα: {0}</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>Συμμετέχοντες:</translation>
        </message>
        <message>
            <source>Pass the turn to the next participant (Page Down)</source>
            <translation>Δώστε τη σειρά στον επόμενο συμμετέχοντα (Page Down)</translation>
        </message>
        <message>
            <source>Place a dot</source>
            <translation>Τοποθέτηση τελείας</translation>
        </message>
        <message>
            <source>Presentation</source>
            <translation>Παρουσίαση</translation>
        </message>
        <message>
            <source>P{n}</source>
            <translation>Σ{n}</translation>
        </message>
        <message>
            <source>Set &amp;minutes…</source>
            <translation>Ορισμός &amp;λεπτών…</translation>
        </message>
        <message>
            <source>Start a dot vote</source>
            <translation>Έναρξη ψηφοφορίας με τελείες</translation>
        </message>
        <message>
            <source>Start a dot vote (F7)</source>
            <translation>Έναρξη ψηφοφορίας με τελείες (F7)</translation>
        </message>
        <message>
            <source>Start vote</source>
            <translation>Έναρξη ψηφοφορίας</translation>
        </message>
        <message>
            <source>Start vote…</source>
            <translation>Έναρξη ψηφοφορίας…</translation>
        </message>
        <message>
            <source>Take back a dot</source>
            <translation>Αφαίρεση τελείας</translation>
        </message>
        <message>
            <source>This item is not part of the vote.</source>
            <translation>Αυτό το στοιχείο δεν συμμετέχει στην ψηφοφορία.</translation>
        </message>
        <message>
            <source>This map has no stages yet.</source>
            <translation>Αυτός ο χάρτης δεν έχει ακόμη στάδια.</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Χρονόμετρο</translation>
        </message>
        <message>
            <source>Touchpoint cards</source>
            <translation>Κάρτες σημείων επαφής</translation>
        </message>
        <message>
            <source>Vote on:</source>
            <translation>Ψηφοφορία για:</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Ψήφοι</translation>
        </message>
        <message>
            <source>Workshop timer</source>
            <translation>Χρονόμετρο εργαστηρίου</translation>
        </message>
        <message>
            <source>Workshop timer: F6 starts or pauses, Shift+F6 resets, Ctrl+F6 sets the minutes</source>
            <translation>Χρονόμετρο εργαστηρίου: το F6 ξεκινά ή σταματά, το Shift+F6 μηδενίζει, το Ctrl+F6 ορίζει τα λεπτά</translation>
        </message>
        <message>
            <source>the clipboard</source>
            <translation>το πρόχειρο</translation>
        </message>
        <message>
            <source>{0} has no dots left: pass the turn with Page Down.</source>
            <translation>Ο/Η {0} δεν έχει άλλες τελείες: δώστε τη σειρά με Page Down.</translation>
        </message>
        <message numerus="yes">
            <source>{0}. %n dot(s): {1} ({2})</source>
            <translation>
                <numerusform>{0}. %n τελεία: {1} ({2})</numerusform>
                <numerusform>{0}. %n τελείες: {1} ({2})</numerusform>
            </translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Προηγούμενος</translation>
        </message>
        <message>
            <source>A cycle of flows that never reaches a later stage.</source>
            <translation>Ένας κύκλος ροών που δεν φτάνει ποτέ σε επόμενο στάδιο.</translation>
        </message>
        <message>
            <source>A frontstage touchpoint with nothing backstage or in support behind it.</source>
            <translation>Ένα σημείο επαφής στο προσκήνιο χωρίς τίποτα στο παρασκήνιο ή στην υποστήριξη πίσω του.</translation>
        </message>
        <message>
            <source>A lane marked “must be filled in every stage” holds nothing in this stage.</source>
            <translation>Ένα επίπεδο με την ένδειξη «πρέπει να συμπληρώνεται σε κάθε στάδιο» είναι κενό σε αυτό το στάδιο.</translation>
        </message>
        <message>
            <source>A pain point or a strongly negative feeling in a stage with no opportunity.</source>
            <translation>Ένα σημείο δυσαρέσκειας ή ένα έντονα αρνητικό συναίσθημα σε στάδιο χωρίς ευκαιρία.</translation>
        </message>
        <message>
            <source>A persona's emotion curve has no point in this stage.</source>
            <translation>Η καμπύλη συναισθημάτων μιας περσόνας δεν έχει σημείο σε αυτό το στάδιο.</translation>
        </message>
        <message>
            <source>A stage with no touchpoint card in any lane: the map does not say where the customer meets you in it.</source>
            <translation>Ένα στάδιο χωρίς κάρτα σημείου επαφής σε κανένα επίπεδο: ο χάρτης δεν λέει πού σας συναντά ο πελάτης εκεί.</translation>
        </message>
        <message>
            <source>A touchpoint before the last stage with no outgoing flow: where does the customer go next?</source>
            <translation>Ένα σημείο επαφής πριν από το τελευταίο στάδιο χωρίς εξερχόμενη ροή: πού πηγαίνει ο πελάτης μετά;</translation>
        </message>
        <message>
            <source>All rules</source>
            <translation>Όλοι οι κανόνες</translation>
        </message>
        <message>
            <source>Cards but no flows yet: the path checks (dead ends, unreachable cards) start with the first flow.</source>
            <translation>Κάρτες αλλά ακόμη καμία ροή: οι έλεγχοι διαδρομών (αδιέξοδα, απρόσιτες κάρτες) ξεκινούν με την πρώτη ροή.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Κλείσιμο</translation>
        </message>
        <message>
            <source>Customer actions in a stage with no frontstage touchpoint.</source>
            <translation>Ενέργειες πελάτη σε στάδιο χωρίς σημείο επαφής στο προσκήνιο.</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Σφάλματα</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Εξήχθη</translation>
        </message>
        <message>
            <source>Exported to “{0}”.</source>
            <translation>Εξήχθη στο «{0}».</translation>
        </message>
        <message>
            <source>No path of flows leads from the journey's entry to this touchpoint.</source>
            <translation>Καμία διαδρομή ροών δεν οδηγεί από την αρχή του ταξιδιού σε αυτό το σημείο επαφής.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Σημειώσεις</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Άνοιγμα</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Επανάληψη</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Εμφάνιση στον φάκελο</translation>
        </message>
        <message>
            <source>Show or hide the {0}</source>
            <translation>Εμφάνιση ή απόκρυψη: {0}</translation>
        </message>
        <message>
            <source>The map has no stages, or no content at all.</source>
            <translation>Ο χάρτης δεν έχει στάδια ή δεν έχει καθόλου περιεχόμενο.</translation>
        </message>
        <message>
            <source>The map has only one stage.</source>
            <translation>Ο χάρτης έχει μόνο ένα στάδιο.</translation>
        </message>
        <message>
            <source>Two or more stages share a name.</source>
            <translation>Δύο ή περισσότερα στάδια έχουν το ίδιο όνομα.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Αναίρεση</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Προειδοποιήσεις</translation>
        </message>
        <message>
            <source>Whole map</source>
            <translation>Ολόκληρος ο χάρτης</translation>
        </message>
        <message>
            <source>{0}, {1}, {2}.</source>
            <translation>{0}, {1}, {2}.</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation type="vanished">Νέα περσόνα</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation type="vanished">Νέο στάδιο</translation>
        </message>
        <message>
            <source>{0}, {1}, {2} — click one to show it.</source>
            <translation type="vanished">{0}, {1}, {2} — κάντε κλικ σε ένα για να εμφανιστεί.</translation>
        </message>
        <message>
            <source>A PNG or JPEG on the selected card or note, or in the cell</source>
            <translation>Μια εικόνα PNG ή JPEG στην επιλεγμένη κάρτα ή σημείωση, ή στο κελί</translation>
        </message>
        <message>
            <source>Insert p&amp;icture…</source>
            <translation>Εισαγωγή ει&amp;κόνας…</translation>
        </message>
        <message>
            <source>Insert picture</source>
            <translation>Εισαγωγή εικόνας</translation>
        </message>
        <message>
            <source>Insert picture here…</source>
            <translation>Εισαγωγή εικόνας εδώ…</translation>
        </message>
        <message>
            <source>Insert picture…</source>
            <translation>Εισαγωγή εικόνας…</translation>
        </message>
        <message>
            <source>Picture not inserted: {0}</source>
            <translation>Η εικόνα δεν εισήχθη: {0}</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Εικόνες (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Remove picture</source>
            <translation>Αφαίρεση εικόνας</translation>
        </message>
        <message>
            <source>Select a card or note, or click a cell, to insert a picture</source>
            <translation>Επιλέξτε μια κάρτα ή σημείωση, ή κάντε κλικ σε ένα κελί, για να εισαγάγετε εικόνα</translation>
        </message>
        <message>
            <source>Storyboard</source>
            <translation>Σενάριο εικόνων</translation>
        </message>
        <message>
            <source>picture cannot be shown</source>
            <translation>η εικόνα δεν μπορεί να εμφανιστεί</translation>
        </message>
        <message>
            <source>the file is too large to insert</source>
            <translation type="vanished">το αρχείο είναι πολύ μεγάλο για εισαγωγή</translation>
        </message>
        <message>
            <source>&amp;Compare with Current State…</source>
            <translation>&amp;Σύγκριση με την τρέχουσα κατάσταση…</translation>
        </message>
        <message>
            <source>(no match: removed)</source>
            <translation>(καμία αντιστοιχία: αφαιρέθηκε)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Αναζήτηση…</translation>
        </message>
        <message>
            <source>Cannot compare: {0}</source>
            <translation>Δεν είναι δυνατή η σύγκριση: {0}</translation>
        </message>
        <message>
            <source>Cannot save the future state: {0}</source>
            <translation>Δεν είναι δυνατή η αποθήκευση της μελλοντικής κατάστασης: {0}</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Κάρτα</translation>
        </message>
        <message>
            <source>Cards and their flows</source>
            <translation>Κάρτες και οι ροές τους</translation>
        </message>
        <message>
            <source>Carry over: {0}</source>
            <translation>Μεταφορά: {0}</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Άλλαξε</translation>
        </message>
        <message>
            <source>Choose a map to compare with.</source>
            <translation>Επιλέξτε έναν χάρτη για σύγκριση.</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Σύγκριση</translation>
        </message>
        <message>
            <source>Compare Maps</source>
            <translation>Σύγκριση χαρτών</translation>
        </message>
        <message>
            <source>Compare With</source>
            <translation>Σύγκριση με</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>Συναίσθημα</translation>
        </message>
        <message>
            <source>Emotion points</source>
            <translation>Σημεία συναισθήματος</translation>
        </message>
        <message>
            <source>Future state saved as {0}</source>
            <translation>Η μελλοντική κατάσταση αποθηκεύτηκε ως {0}</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Γραμμή</translation>
        </message>
        <message>
            <source>Map to compare with (today)</source>
            <translation>Χάρτης για σύγκριση (σήμερα)</translation>
        </message>
        <message>
            <source>Matches stage tomorrow</source>
            <translation>Αντιστοιχεί στο στάδιο αύριο</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Μετακινήθηκε</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Νέο</translation>
        </message>
        <message>
            <source>New &amp;Future State from This Map…</source>
            <translation>Νέα &amp;μελλοντική κατάσταση από αυτόν τον χάρτη…</translation>
        </message>
        <message>
            <source>New Future State</source>
            <translation>Νέα μελλοντική κατάσταση</translation>
        </message>
        <message>
            <source>No linked map to compare with: {0}. Choose a map above.</source>
            <translation>Δεν υπάρχει συνδεδεμένος χάρτης για σύγκριση: {0}. Επιλέξτε έναν χάρτη παραπάνω.</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Αφαιρέθηκε</translation>
        </message>
        <message>
            <source>Save Future State As</source>
            <translation>Αποθήκευση μελλοντικής κατάστασης ως</translation>
        </message>
        <message>
            <source>Save this map first: the future state is made from the saved file and links to it.</source>
            <translation>Αποθηκεύστε πρώτα αυτόν τον χάρτη: η μελλοντική κατάσταση δημιουργείται από το αποθηκευμένο αρχείο και συνδέεται με αυτό.</translation>
        </message>
        <message>
            <source>Stage today</source>
            <translation>Στάδιο σήμερα</translation>
        </message>
        <message>
            <source>The future state gets this map's stages and personas, and is linked to it.</source>
            <translation>Η μελλοντική κατάσταση παίρνει τα στάδια και τις περσόνες αυτού του χάρτη και συνδέεται με αυτόν.</translation>
        </message>
        <message>
            <source>Today:</source>
            <translation>Σήμερα:</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>άλλαξε</translation>
        </message>
        <message>
            <source>from</source>
            <translation>από</translation>
        </message>
        <message>
            <source>jmap maps (*.jmap)</source>
            <translation>Χάρτες jmap (*.jmap)</translation>
        </message>
        <message>
            <source>name</source>
            <translation>όνομα</translation>
        </message>
        <message>
            <source>new stage</source>
            <translation>νέο στάδιο</translation>
        </message>
        <message>
            <source>removed stage</source>
            <translation>στάδιο που αφαιρέθηκε</translation>
        </message>
        <message>
            <source>text</source>
            <translation>κείμενο</translation>
        </message>
        <message>
            <source>title</source>
            <translation>τίτλος</translation>
        </message>
        <message>
            <source>value</source>
            <translation>τιμή</translation>
        </message>
        <message>
            <source>{0} already exists; choose another name.</source>
            <translation>Το {0} υπάρχει ήδη· επιλέξτε άλλο όνομα.</translation>
        </message>
        <message>
            <source>{0} new, {1} removed, {2} changed, {3} moved since {4}</source>
            <translation>{0} νέα, {1} αφαιρέθηκαν, {2} άλλαξαν, {3} μετακινήθηκαν από {4}</translation>
        </message>
        <message>
            <source>Flow &amp;labels</source>
            <translation>&amp;Ετικέτες ροών</translation>
        </message>
        <message>
            <source>{0} pictures not pasted: damaged, or beyond this map's limits</source>
            <translation>{0} εικόνες δεν επικολλήθηκαν: κατεστραμμένες ή πέρα από τα όρια αυτού του χάρτη</translation>
        </message>
    </context>
</TS>
