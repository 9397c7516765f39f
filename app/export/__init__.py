"""Export of meldingen: building them from cases, the re-identification check, the signed and encrypted
batch (format ``signaal-batch/1``) and writing it to a folder or removable drive."""
