teSearchFile("terms/43c-430-442",[["матвеи",[1,1,2],[]]]);
