teSearchFile("terms/67-69-65",[["giebułtowski",[1,1,2],[]]]);
