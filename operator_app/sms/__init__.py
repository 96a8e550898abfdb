"""The SMS wire layer. It sends and receives texts to numbers and knows nothing about loans."""
