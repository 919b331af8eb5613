teSearchFile("terms/74-69-74",[["title",[1,2,44,2],[]]]);
