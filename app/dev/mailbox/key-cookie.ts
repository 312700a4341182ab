export const MAILBOX_KEY_COOKIE = "dev_mailbox_key";
