teSearchFile("terms/4eac",[["京",[1,1,2],[]]]);
