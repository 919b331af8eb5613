teSearchFile("terms/75-74-74",[["uttered",[1,1,18],[]]]);
