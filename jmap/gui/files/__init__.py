"""Files in the editor: open/save/autosave/locks/external changes, the export dialogs, the template gallery."""
