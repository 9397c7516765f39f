"""The receiving side (CoMensha): verifying, decrypting and importing batches."""
