teSearchFile("terms/f-adc4d3cc",[["~person:te-choe-yong-gon",[1,1,2],[]]]);
