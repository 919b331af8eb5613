teSearchFile("terms/43b-435-43d",[["ленин",[1,1,2],[]]]);
