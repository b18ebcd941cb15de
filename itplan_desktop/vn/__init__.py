"""vn layer."""
