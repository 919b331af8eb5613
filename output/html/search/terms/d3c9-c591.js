teSearchFile("terms/d3c9-c591",[["평양",[1,1,2],[]]]);
