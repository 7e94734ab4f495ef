"""Documents in the window: building the PDFs (actions) and previewing, saving, printing them."""
