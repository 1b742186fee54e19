-- The outbox sender's claim. A sender marks the rows it is about to send SENDING with claimed_at set;
-- a row still SENDING when its claim is older than the lease (the sender crashed mid-send) goes back
-- to PENDING. claimed_at stays set afterwards: it tells that a row has been tried, so a chat's later
-- messages wait behind it and the chat's messages go out in order.
ALTER TABLE outbox_message ADD COLUMN claimed_at DATETIME(6);
