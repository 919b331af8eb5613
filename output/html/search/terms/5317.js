teSearchFile("terms/5317",[["北",[1,1,2],[]]]);
