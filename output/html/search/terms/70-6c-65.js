teSearchFile("terms/70-6c-65",[["pleasant",[1,1,10],[]]]);
