"""The PySide6 desktop interface: windows, dialogs and Qt item models over `services/`.

The only package that imports Qt widgets. Start-up imports stay lazy: the plan workspace, the
preview and the exporters load when first used, so the first window shows quickly.
"""
