"""The application: start-up, the windows of one process, the main window, preferences and settings."""
