teSearchFile("terms/f-eb10257c",[["~org:te-the-tei-edition-project",[1,1,2],[]]]);
