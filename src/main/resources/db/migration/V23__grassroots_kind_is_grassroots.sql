-- An organization of the grassroots kind is grassroots (OrganizationProfile): the directory's two grassroots filters
-- (kind, and the grassroots answer) no longer disagree for organizations saved before the rule.
update organization set grassroots = true where organization_type = 'GRASSROOTS';
