teSearchFile("terms/6d-65-73",[["mess",[1,1,20],[]]]);
