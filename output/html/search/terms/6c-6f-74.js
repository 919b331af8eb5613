teSearchFile("terms/6c-6f-74",[["lot",[1,1,20],[]]]);
