"""The frame of the application: main window, menus, start page, navigator, file actions,
preview."""
