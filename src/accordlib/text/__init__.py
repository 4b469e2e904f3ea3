"""Text analysis shared by the domains above it: sentences and time expressions."""
