-- The outbox said why a message failed in the mail library's own words (class names, hosts, nested exceptions).
-- It now keeps one of the reasons staff can act on (DeliveryFailure); earlier failures become "refused".
update outbox_message set failure = 'MESSAGE_REFUSED' where failure is not null;

-- Refused sign-ins were audited with the security library's class name; they are said in words now.
update audit_entry set details = case details
        when 'BadCredentialsException' then 'e-mail and password do not match'
        when 'DisabledException' then 'account disabled'
        else 'refused' end
    where action = 'sign-in.failed' and details like '%Exception';
