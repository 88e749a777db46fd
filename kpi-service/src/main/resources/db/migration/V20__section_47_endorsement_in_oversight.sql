-- The outcome of a section 47 enquiry is now a manager's decision: endorsed, or sent back for more work.
update measure set definition = 'Decisions at the points where a manager decides or endorses (a contact decision, an assessment''s authorisation or sending back, a section 47 enquiry''s outcome endorsed or sent back, a plan''s review ending it with a step-down or a closure) made in the month with the manager named and their direction in words, by the team whose work it was.'
where id = 'decisions-with-oversight';
