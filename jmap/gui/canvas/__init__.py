"""The canvas: the scene that observes the document, its view, items, gestures and context menus."""
