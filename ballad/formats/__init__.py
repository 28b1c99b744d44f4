"""Date and number formats per language where Django's own differ from what we want."""
