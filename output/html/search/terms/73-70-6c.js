teSearchFile("terms/73-70-6c",[["split",[1,1,2],[]]]);
