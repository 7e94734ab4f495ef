"""The Auto-place… dialog of the seating page: choose who and where, run the placement
engine in the background, review the plan and save it as a draft move plan or apply it."""
