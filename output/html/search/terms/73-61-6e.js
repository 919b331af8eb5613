teSearchFile("terms/73-61-6e",[["sanatorium",[1,1,14],[]]]);
