teSearchFile("terms/6a-65-72",[["jerzy",[1,1,2],[]]]);
