"""Other formats, both directions: Mermaid journey diagrams and CSV tables (read and write)."""
