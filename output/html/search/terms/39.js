teSearchFile("terms/39",[["9",[1,1,50],[]]]);
