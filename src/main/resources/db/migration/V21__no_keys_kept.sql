-- Nothing kept in the database proves anything any more: the one-click unsubscribe link of group e-mails and the
-- sign-in device cookies are signed with the installation's key (HARAMBEE_SECRET_KEY, or secret.key in the data
-- directory). Unsubscribe links in e-mails sent before this change stop working; devices sign in again once.
alter table group_notification_preference drop column unsubscribe_token;
drop table sign_in_device_key;
