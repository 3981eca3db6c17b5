"""Exports drawn from the document: PDF (reportlab), Mermaid, CSV. No Qt."""
