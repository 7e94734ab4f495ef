"""Adding, editing and removing people from the People page."""
