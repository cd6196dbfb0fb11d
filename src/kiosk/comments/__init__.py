"""Comments by registered readers on articles, with moderation.

Readers post plain text (links made clickable, nothing else rendered), reply one level
deep, edit for a few minutes, delete their own and flag others'. Moderators approve,
remove and ban from the admin and from a staff queue page. `selectors.comment_counts`
feeds "most discussed".
"""
